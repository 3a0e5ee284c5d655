package com.threadline.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions signed in before a user was disabled, got a new password or other roles: the next request of such a
 * session finds it ended and has to sign in again, so a change by the administrator takes effect at once.
 * Kept in memory: each instance of the application ends the sessions it holds.
 */
@Component
class RevokedSessions {

    private static final String SIGNED_IN_AT = RevokedSessions.class.getName() + ".signedInAt";

    /** Wall-clock millis, not the app's clock, which tests move. */
    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();

    void revoke(String login) {
        revokedAt.put(login, System.currentTimeMillis());
    }

    /** For the security filter chain, once the session's sign-in is loaded; not a servlet filter of its own. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                endIfRevoked(request);
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * A session's sign-in time is taken at its first signed-in request, not from its creation: a session may be
     * created before signing in (the login page), and keeps its creation time through the sign-in.
     */
    private void endIfRevoked(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
            return;
        }
        Long revoked = revokedAt.get(user.login());
        if (revoked != null && (Long) signedInAt <= revoked) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
    }
}
