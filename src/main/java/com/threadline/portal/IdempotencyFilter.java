package com.threadline.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.order.OrderRepository;
import com.threadline.portal.ClientRequests.Answer;
import com.threadline.portal.ClientRequests.Claimed;
import com.threadline.portal.ClientRequests.Request;
import com.threadline.web.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes the phone pages' inputs safe to resend: a POST with header {@code Idempotency-Key} is handled once per user,
 * method, path and key; a resend with the same body gets the first answer again (marked
 * {@code Idempotency-Replayed: true}) and changes nothing, one with another body is refused (422). It runs after
 * Spring Security, and an order the caller may not see is never replayed: the app answers that request as new (404).
 * Requests without the header are handled as always.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ClientRequests requests;
    private final OrderRepository orders;
    private final ObjectMapper json;

    IdempotencyFilter(ClientRequests requests, OrderRepository orders, ObjectMapper json) {
        this.requests = requests;
        this.orders = orders;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || signedIn().isEmpty() || ClientRequestKind.ofPost(pathOf(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            writeProblem(response, invalidKey());
            return;
        }
        Optional<RequestBodyHash> body = RequestBodyHash.of(request);
        if (body.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest read = body.get().request();
        Request keyed = keyed(read, key, body.get().hash());
        if (!requests.claim(keyed)) {
            answerAgain(read, response, chain, keyed);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(read, recorded);
            if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
                requests.answered(keyed, new Answer(recorded.getStatus(), recorded.getContentType(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(keyed);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Request keyed) throws ServletException, IOException {
        if (!orderVisible(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Claimed> claimed = requests.claimed(keyed);
        if (claimed.isPresent() && !claimed.get().bodyHash().equals(keyed.bodyHash())) {
            ProblemDetail reused = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "This " + HEADER + " was already used for a request with another body; a new input needs a new key.");
            reused.setTitle("Idempotency key reused");
            reused.setProperty("errors", List.of(new FieldProblem(HEADER, "was already used with another body")));
            writeProblem(response, reused);
            return;
        }
        Optional<Answer> answer = claimed.map(Claimed::answer);
        if (answer.isEmpty() || answer.get().status() == null) {
            ProblemDetail busy = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "A request with this " + HEADER + " is still being handled; send it again in a moment.");
            busy.setTitle("Request in progress");
            writeProblem(response, busy);
            return;
        }
        response.setStatus(answer.get().status());
        response.setHeader("Idempotency-Replayed", "true");
        if (answer.get().contentType() != null) {
            response.setContentType(answer.get().contentType());
        }
        if (answer.get().body() != null) {
            response.getOutputStream().write(answer.get().body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The caller may still see the order the input is about (in the path, or the upload's orderNo field); a batch of
     * orders names none, and its importer sees every order.
     */
    private boolean orderVisible(HttpServletRequest request) {
        String path = pathOf(request);
        ClientRequestKind kind = ClientRequestKind.ofPost(path).orElseThrow();
        if (kind == ClientRequestKind.ORDER_BATCH) {
            return true;
        }
        try {
            String orderNo = kind.orderNoIn(path).map(no -> URLDecoder.decode(no, StandardCharsets.UTF_8))
                    .orElseGet(() -> request.getParameter("orderNo"));
            return orderNo != null && orders.findByOrderNo(orderNo).isPresent();
        } catch (IllegalArgumentException badlyEncoded) {
            return false;
        }
    }

    private static Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof AnonymousAuthenticationToken || authentication == null
                || !authentication.isAuthenticated() ? Optional.empty() : Optional.of(authentication.getName());
    }

    private static Request keyed(HttpServletRequest request, String key, String bodyHash) {
        String login = signedIn().orElseThrow();
        String path = pathOf(request);
        byte[] scope = RequestBodyHash.sha256().digest(
                (login + "\n" + request.getMethod() + "\n" + path).getBytes(StandardCharsets.UTF_8));
        return new Request(HexFormat.of().formatHex(scope), key, login, request.getMethod(), path, bodyHash);
    }

    private static ProblemDetail invalidKey() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                HEADER + " must be 8 to 64 letters, digits, '-' or '_'");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(HEADER, "must be 8 to 64 letters, digits, '-' or '_'")));
        return problem;
    }

    private void writeProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
