package com.threadline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanGeneratorTest {

    private static final List<MilestoneTemplate> TEMPLATES = List.of(
            new MilestoneTemplate("WOVEN_EXPRESS", "WOVEN", 0, 59, List.of()),
            new MilestoneTemplate("WOVEN_STANDARD", "WOVEN", 60, 3650, List.of()),
            new MilestoneTemplate("KNIT_STANDARD", "KNIT", 60, 3650, List.of()));

    @ParameterizedTest(name = "{0} due in {1} days -> {2}")
    @CsvSource({
            "WOVEN, 1, WOVEN_EXPRESS",
            "WOVEN, 59, WOVEN_EXPRESS",
            "WOVEN, 60, WOVEN_STANDARD",
            "WOVEN, 365, WOVEN_STANDARD",
            "KNIT, 90, KNIT_STANDARD",
            "KNIT, 30, KNIT_STANDARD"})
    void theTemplateIsChosenByProductTypeAndLeadTime(String productType, long leadDays, String expected) {
        List<MilestoneTemplate> candidates = TEMPLATES.stream()
                .filter(t -> t.getProductType().equals(productType)).toList();

        assertThat(PlanGenerator.choose(candidates, productType, leadDays))
                .map(MilestoneTemplate::getCode).contains(expected);
    }

    @Test
    void anUnknownProductTypeHasNoTemplate() {
        assertThat(PlanGenerator.choose(List.of(), "SILK", 90)).isEmpty();
    }
}
