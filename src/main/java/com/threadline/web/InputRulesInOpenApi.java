package com.threadline.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * States the input rules of {@link BusinessDates}, {@link PlainText} and {@link StrictJson} in the OpenAPI document:
 * on every date and date-time (its window, also as {@code x-earliest} and {@code x-latest}), on every text, and in
 * the document's description with the shape of an error answer.
 */
@Component
class InputRulesInOpenApi implements OpenApiCustomizer {

    private final BusinessDates dates;

    InputRulesInOpenApi(BusinessDates dates) {
        this.dates = dates;
    }

    @Override
    public void customise(OpenAPI api) {
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        info.setDescription(((info.getDescription() == null ? "" : info.getDescription() + "\n\n") + """
                Input rules: every date and time lies within %d years of today in the company's zone \
                (today: %s to %s); texts hold no control characters but tab and line breaks, no unpaired \
                surrogates and no characters beyond the Basic Multilingual Plane (emoji); numbers and booleans \
                are JSON numbers and booleans, not strings; an integer takes no fraction and an enum no index. \
                Every error is an RFC 9457 problem (application/problem+json); a refused input answers 400 with \
                errors: [{field, reason}] and changes nothing.""").formatted(BusinessDates.REACH.getYears(),
                dates.earliest(), dates.latest()));
        api.setInfo(info);
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(this::describeProperties);
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(this::describeParameters));
        }
    }

    private void describeProperties(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(this::describe);
        }
    }

    private void describeParameters(Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getSchema() != null) {
                    describe(parameter.getSchema());
                }
            }
        }
    }

    private void describe(Schema<?> property) {
        if (property.getItems() != null) {
            describe(property.getItems());
        }
        String rule = null;
        if ("date".equals(property.getFormat()) || "date-time".equals(property.getFormat())) {
            rule = "Between " + dates.earliest() + " and " + dates.latest() + " (ten years either side of today).";
            property.addExtension("x-earliest", dates.earliest().toString());
            property.addExtension("x-latest", dates.latest().toString());
        } else if ("string".equals(property.getType()) && property.getFormat() == null
                && property.getEnum() == null) {
            rule = "No control characters, unpaired surrogates or emoji.";
        }
        if (rule != null) {
            property.setDescription(property.getDescription() == null ? rule : property.getDescription() + " " + rule);
        }
    }
}
