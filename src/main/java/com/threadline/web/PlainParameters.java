package com.threadline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rules {@link StrictJson} applies to bodies, applied to the query and form parameters and path variables of
 * the API's handlers: every value is {@link PlainText}, every date lies within
 * {@link BusinessDates}. A refusal is a 400 naming the parameter.
 */
@Configuration
class PlainParameters implements WebMvcConfigurer {

    private final BusinessDates dates;

    PlainParameters(BusinessDates dates) {
        this.dates = dates;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!(handler instanceof HandlerMethod)) {
                    return true;
                }
                List<FieldProblem> problems = new ArrayList<>();
                request.getParameterMap().forEach((name, values) -> check(name, values, problems));
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
                    vars.forEach((name, value) -> check(name.toString(), new String[] {value.toString()}, problems));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidRequestException(problems);
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private static void check(String name, String[] values, List<FieldProblem> problems) {
        Optional<String> nameProblem = PlainText.problem(name);
        if (nameProblem.isPresent()) {
            problems.add(new FieldProblem("parameter name", nameProblem.get()));
            return;
        }
        for (String value : values) {
            Optional<String> problem = value == null ? Optional.empty() : PlainText.problem(value);
            if (problem.isPresent()) {
                problems.add(new FieldProblem(name, problem.get()));
                return;
            }
        }
    }

    /** Registered last, so it also parses parameters marked {@code @DateTimeFormat(iso = DATE)}. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addParser(new BoundedDateParser(dates));
    }

    private record BoundedDateParser(BusinessDates dates) implements Parser<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) {
            LocalDate date = LocalDate.parse(text);
            dates.problem(date).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            return date;
        }
    }
}
