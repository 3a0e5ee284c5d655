package com.threadline.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The bean validation of a request a row was read into (the same rules the API applies), each violation as a
 * problem on its field with a Chinese reason.
 */
@Component
public class BeanProblems {

    private final Validator validator;

    BeanProblems(Validator validator) {
        this.validator = validator;
    }

    public List<RowResult.Problem> of(Object request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> new RowResult.Problem(violation.getPropertyPath().toString(), reason(violation)))
                .toList();
    }

    private static String reason(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = descriptor.getAttributes();
        String message = violation.getMessage();
        String english = message.contains(" / ") ? message : null;
        return switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> "必填 / required";
            case "Size" -> english != null ? english
                    : "长度须在 " + attributes.get("min") + " 到 " + attributes.get("max") + " 之间 / " + message;
            case "Pattern" -> english != null ? english : "格式不对：只能含字母、数字和 . _ - / " + message;
            case "Positive" -> "须大于 0 / must be greater than 0";
            case "PositiveOrZero" -> "不能为负数 / must not be negative";
            case "Max" -> "不能超过 " + attributes.get("value") + " / must be at most " + attributes.get("value");
            case "Min" -> "不能小于 " + attributes.get("value") + " / must be at least " + attributes.get("value");
            case "DecimalMin" -> "须大于 " + attributes.get("value") + " / " + message;
            default -> english != null ? english : "不符合要求 / " + message;
        };
    }
}
