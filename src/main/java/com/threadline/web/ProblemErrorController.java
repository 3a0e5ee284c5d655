package com.threadline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that does not reach {@link ApiExceptionHandler}: no handler for the path (404), a method or media type
 * the handler does not take (405, 415, 406), a request the firewall refuses (400), a failed sign-in (401) and any
 * exception nobody handled (500). The API and every client that does not ask
 * for HTML get an RFC 9457 problem; a browser on a page gets the Chinese error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errors;
    private final ObjectMapper json;

    ProblemErrorController(ErrorAttributes errors, ObjectMapper json) {
        this.errors = errors;
        this.json = json;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problem(request);
        if (problem.getInstance() != null && problem.getInstance().getPath().startsWith("/api/")) {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        return new ModelAndView("error", Map.of("status", problem.getStatus()),
                HttpStatus.valueOf(problem.getStatus()));
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        Throwable error = errors.getError(new ServletWebRequest(request));
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            problem = ProblemDetail.forStatusAndDetail(status, "The server failed to handle this request.");
        } else if (error instanceof ErrorResponse answer && answer.getBody().getDetail() != null) {
            problem = ProblemDetail.forStatusAndDetail(status, answer.getBody().getDetail());
        } else {
            problem = ProblemDetail.forStatus(status);
        }
        problem.setTitle(status.getReasonPhrase());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri && !uri.isEmpty()) {
            try {
                problem.setInstance(new URI(uri));
            } catch (URISyntaxException notAUri) {
                // the path the firewall refused: the problem goes without its instance
            }
        }
        return problem;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
