package com.threadline.web;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem; field errors carry {@code errors: [{field, reason}]}. */
@RestControllerAdvice(basePackages = "com.threadline")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Pattern COERCED_TEXT = Pattern.compile("^Cannot coerce String value \\(\"(.*?)\"\\)");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalidRequest(e.getProblems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    /** Two people acting on the same row, or on the same process instance (two approvers of one level), at once. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this at the same moment; reload and try again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    /** A multipart body that cannot be parsed (one over the size limit is answered 413 by the base class). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body cannot be read: " + e.getMostSpecificCause().getMessage());
        problem.setTitle("Malformed request body");
        return problem;
    }

    /** A constraint on a request parameter of a {@code @Validated} controller, such as the inbox's {@code limit}. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        return invalidRequest(e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastName(violation.getPropertyPath()), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
    }

    private static String lastName(Path path) {
        String name = path.toString();
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldProblem(path(mapping),
                    reason(mapping)))));
        }
        if (e.getCause() instanceof InputCoercionException outOfRange && outOfRange.getProcessor() != null
                && outOfRange.getProcessor().getParsingContext().getCurrentName() != null) {
            return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldProblem(
                    outOfRange.getProcessor().getParsingContext().getCurrentName(), "is out of range for " + outOfRange.getTargetType()
                            .getSimpleName()))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON or is missing.");
        problem.setTitle("Malformed request body");
        return ResponseEntity.badRequest().body(problem);
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof RefusedValue refused) {
            return refused.reason();
        }
        if (mapping.getCause() instanceof InputCoercionException outOfRange) {
            return "is out of range for " + outOfRange.getTargetType().getSimpleName();
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Object given = mapping instanceof InvalidFormatException format ? format.getValue()
                    : coercedText(mapping.getOriginalMessage());
            return "must be " + expected(mismatch.getTargetType()) + (given == null ? "" : ", not '" + given + "'");
        }
        return "has the wrong type or shape";
    }

    /** The text in Jackson's "Cannot coerce String value ("12") to ..." (a refused coercion carries no value). */
    private static String coercedText(String message) {
        Matcher text = COERCED_TEXT.matcher(message == null ? "" : message);
        return text.find() ? text.group(1) : null;
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time with its offset (ISO 8601)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String reason = "cannot read '" + e.getValue() + "'"
                + (e.getRequiredType() != null ? " as " + e.getRequiredType().getSimpleName() : "")
                + (cause != e && cause.getMessage() != null ? ": " + cause.getMessage() : "");
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldProblem(field, reason))));
    }

    private static ProblemDetail invalidRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
