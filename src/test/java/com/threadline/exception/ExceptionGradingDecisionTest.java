package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/exception-grading.dmn: one row per rule, then the boundaries (an empty cell is null). */
class ExceptionGradingDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest GRADING =
            DecisionUnderTest.load("exception-grading.dmn", "ExceptionGrading");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            type,                   delayDays, valueShare, stage,      priority
            # one row per rule, in table order
            DELIVERY_DELAY,         8,         0.1,        PRODUCTION, P0
            DELIVERY_DELAY,         4,         0.1,        PRODUCTION, P1
            DELIVERY_DELAY,         1,         0.1,        PRODUCTION, P2
            DELIVERY_DELAY,         -2,        0.1,        PRODUCTION, P3
            MATERIAL_DELAY,         9,         0.3,        MATERIALS,  P0
            MATERIAL_DELAY,         3,         0.3,        MATERIALS,  P1
            MATERIAL_DELAY,         1,         0.3,        MATERIALS,  P2
            MATERIAL_DELAY,         -1,        0.3,        MATERIALS,  P3
            DESIGN_CHANGE,          0,         0.2,        PRODUCTION, P1
            DESIGN_CHANGE,          0,         0.2,        DESIGN,     P2
            LOGISTICS_DEVIATION,    7,         0.1,        LOGISTICS,  P0
            CAPACITY_SHORTFALL,     3,         0.8,        PRODUCTION, P0
            PRODUCTION_NOT_STARTED, 3,         0.2,        PRODUCTION, P1
            LOGISTICS_DEVIATION,    1,         0.2,        LOGISTICS,  P2
            QUALITY_FAILURE,        10,        0.9,        QC,         P2
            # delivery delay: 0/1, 2/3 and 5/6 days
            DELIVERY_DELAY,         0,         0.1,        PRODUCTION, P3
            DELIVERY_DELAY,         2,         0.1,        PRODUCTION, P2
            DELIVERY_DELAY,         3,         0.1,        PRODUCTION, P1
            DELIVERY_DELAY,         5,         0.1,        PRODUCTION, P1
            DELIVERY_DELAY,         6,         0.1,        PRODUCTION, P0
            DELIVERY_DELAY,         6,         0.9,        LOGISTICS,  P0
            # material delay: 0, 1, 2, 5, 6 days
            MATERIAL_DELAY,         0,         0.3,        MATERIALS,  P3
            MATERIAL_DELAY,         2,         0.3,        MATERIALS,  P1
            MATERIAL_DELAY,         5,         0.3,        MATERIALS,  P1
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  P0
            # design change: by stage only, the delay does not raise it
            DESIGN_CHANGE,          0,         0.2,        MATERIALS,  P2
            DESIGN_CHANGE,          9,         0.9,        DESIGN,     P2
            DESIGN_CHANGE,          0,         0.2,        QC,         P1
            DESIGN_CHANGE,          0,         0.2,        LOGISTICS,  P1
            DESIGN_CHANGE,          0,         0.2,        ,           P2
            # graded by impact on delivery: 1/2 and 5/6 days, value share 0.49/0.5
            CAPACITY_SHORTFALL,     6,         0.0,        PRODUCTION, P0
            CAPACITY_SHORTFALL,     5,         0.49,       PRODUCTION, P1
            CAPACITY_SHORTFALL,     5,         0.5,        PRODUCTION, P0
            LOGISTICS_DEVIATION,    2,         0.49,       LOGISTICS,  P1
            LOGISTICS_DEVIATION,    2,         0.5,        LOGISTICS,  P0
            PRODUCTION_NOT_STARTED, 2,         1.0,        PRODUCTION, P0
            PRODUCTION_NOT_STARTED, 2,         ,           PRODUCTION, P1
            PRODUCTION_NOT_STARTED, 1,         0.9,        PRODUCTION, P2
            PRODUCTION_NOT_STARTED, 6,         0.9,        PRODUCTION, P0
            CAPACITY_SHORTFALL,     0,         1.0,        PRODUCTION, P3
            LOGISTICS_DEVIATION,    -3,        0.2,        LOGISTICS,  P3
            # missing data falls through to the catch-all
            ,                       9,         0.9,        PRODUCTION, P2
            DELIVERY_DELAY,         ,          0.1,        PRODUCTION, P2
            MATERIAL_DELAY,         ,          0.3,        MATERIALS,  P2
            CAPACITY_SHORTFALL,     ,          0.9,        PRODUCTION, P2
            """)
    void gradesAnException(String type, Integer delayDays, Double valueShare, String stage, String priority) {
        DmnDecisionResult result = GRADING.evaluate(Variables
                .putValue("type", type)
                .putValue("delayDays", delayDays)
                .putValue("valueShare", valueShare)
                .putValue("stage", stage));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("priority");
        assertThat((String) result.getSingleEntry()).isEqualTo(priority);
    }

    @Test
    void takesTheDelayAsALongAsComputedFromDates() {
        long delayDays = ChronoUnit.DAYS.between(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 6));

        DmnDecisionResult result = GRADING.evaluate(Variables
                .putValue("type", "DELIVERY_DELAY")
                .putValue("delayDays", delayDays)
                .putValue("valueShare", 1)
                .putValue("stage", "PRODUCTION"));

        assertThat((String) result.getSingleEntry()).isEqualTo("P0");
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        GRADING.assertEveryRuleIsExplained();
    }
}
