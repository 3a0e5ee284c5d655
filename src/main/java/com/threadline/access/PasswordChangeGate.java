package com.threadline.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who signed in with a password others know (the initial administrator's) sees only the password page until
 * they chose their own: pages lead there, API calls answer 403 with the reason.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/m/password.html";
    private static final Set<String> OPEN = Set.of(PAGE, "/m/app.js", "/m/app.css", "/api/me", "/api/me/password",
            "/logout", "/login.html", "/error", "/favicon.ico");
    private static final Set<String> OPEN_FOLDERS = Set.of("/css/", "/js/", "/img/", "/webjars/");

    private final RequestMatcher apiCalls;
    private final ObjectMapper json;

    PasswordChangeGate(RequestMatcher apiCalls, ObjectMapper json) {
        this.apiCalls = apiCalls;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !user.mustChangePassword() || OPEN.contains(path)
                || OPEN_FOLDERS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (apiCalls.matches(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Change the initial password first (POST /api/me/password).");
            problem.setTitle("Password change required");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE + "?required");
    }
}
