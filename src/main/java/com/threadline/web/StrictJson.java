package com.threadline.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the application's JSON mapper reads what clients send (it reads nothing else): a value of the wrong type is
 * refused rather than coerced ({@code "12"} for a number, {@code "true"} for a boolean, {@code -0.0001} for an
 * integer, {@code 0} for an enum), every text must be {@link PlainText}, and every date or time must lie within
 * {@link BusinessDates}. A refusal names its field in the 400 problem.
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTypes() {
        return builder -> builder
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(mapper -> {
                    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean}) {
                        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                });
    }

    @Bean
    SimpleModule strictValues(BusinessDates dates) {
        SimpleModule module = new SimpleModule("threadline-strict-input");
        module.addDeserializer(String.class, new PlainTextDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return isDateOrTime(description.getBeanClass()) ? new BoundedDate(deserializer, dates) : deserializer;
            }
        });
        return module;
    }

    private static boolean isDateOrTime(Class<?> type) {
        return type == LocalDate.class || type == Instant.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == LocalDateTime.class;
    }

    private static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            Optional<String> problem = text == null ? Optional.empty() : PlainText.problem(text);
            if (problem.isPresent()) {
                throw new RefusedValue(parser, String.class, problem.get());
            }
            return text;
        }
    }

    private static final class BoundedDate extends DelegatingDeserializer {

        private final BusinessDates dates;

        BoundedDate(JsonDeserializer<?> delegate, BusinessDates dates) {
            super(delegate);
            this.dates = dates;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedDate(delegate, dates);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            Optional<String> problem = problem(value);
            if (problem.isPresent()) {
                throw new RefusedValue(parser, value.getClass(), problem.get());
            }
            return value;
        }

        private Optional<String> problem(Object value) {
            if (value instanceof LocalDate date) {
                return dates.problem(date);
            }
            if (value instanceof LocalDateTime time) {
                return dates.problem(time.toLocalDate());
            }
            if (value instanceof Instant at) {
                return dates.problem(at);
            }
            if (value instanceof OffsetDateTime time) {
                return dates.problem(time.toInstant());
            }
            if (value instanceof ZonedDateTime time) {
                return dates.problem(time.toInstant());
            }
            return Optional.empty();
        }
    }
}
