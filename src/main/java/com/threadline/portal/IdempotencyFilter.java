package com.threadline.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.portal.ClientRequests.Answer;
import com.threadline.web.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes the phone pages' inputs safe to resend: a POST with header {@code Idempotency-Key} is handled once per
 * kind of input and key; a resend gets the first answer again (marked {@code Idempotency-Replayed: true}) and
 * changes nothing. Requests without the header are handled as always.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ClientRequests requests;
    private final ObjectMapper json;

    IdempotencyFilter(ClientRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || ClientRequestKind.ofPost(pathOf(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRequestKind kind = ClientRequestKind.ofPost(pathOf(request)).orElseThrow();
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            writeProblem(response, invalidKey());
            return;
        }
        if (!requests.claim(kind, key)) {
            replay(response, requests.answer(kind, key));
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful()) {
                requests.answered(kind, key, new Answer(recorded.getStatus(), recorded.getContentType(),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(kind, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(HttpServletResponse response, Optional<Answer> answer) throws IOException {
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
