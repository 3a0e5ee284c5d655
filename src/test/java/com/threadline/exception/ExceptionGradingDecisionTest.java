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
            type,                   delayDays, valueShare, stage,      slackDays, priority
            # one row per rule, in table order
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     90,        P2
            DELIVERY_DELAY,         9,         0.1,        MATERIALS,  45,        P1
            DELIVERY_DELAY,         8,         0.1,        PRODUCTION, 20,        P0
            DELIVERY_DELAY,         4,         0.1,        PRODUCTION, 40,        P2
            DELIVERY_DELAY,         4,         0.1,        PRODUCTION, 10,        P1
            DELIVERY_DELAY,         1,         0.1,        PRODUCTION, 30,        P3
            DELIVERY_DELAY,         1,         0.1,        PRODUCTION, 3,         P2
            DELIVERY_DELAY,         -2,        0.1,        PRODUCTION, 3,         P3
            MATERIAL_DELAY,         9,         0.3,        MATERIALS,  50,        P2
            MATERIAL_DELAY,         9,         0.3,        MATERIALS,  20,        P1
            MATERIAL_DELAY,         9,         0.3,        MATERIALS,  5,         P0
            MATERIAL_DELAY,         3,         0.3,        MATERIALS,  25,        P2
            MATERIAL_DELAY,         3,         0.3,        MATERIALS,  5,         P1
            MATERIAL_DELAY,         1,         0.3,        MATERIALS,  20,        P3
            MATERIAL_DELAY,         1,         0.3,        MATERIALS,  2,         P2
            MATERIAL_DELAY,         -1,        0.3,        MATERIALS,  2,         P3
            DESIGN_CHANGE,          0,         0.2,        PRODUCTION, 20,        P1
            DESIGN_CHANGE,          0,         0.2,        DESIGN,     20,        P2
            LOGISTICS_DEVIATION,    7,         0.1,        LOGISTICS,  40,        P1
            LOGISTICS_DEVIATION,    7,         0.1,        LOGISTICS,  -3,        P0
            CAPACITY_SHORTFALL,     3,         0.8,        PRODUCTION, 45,        P2
            CAPACITY_SHORTFALL,     3,         0.8,        PRODUCTION, 20,        P0
            PRODUCTION_NOT_STARTED, 3,         0.2,        PRODUCTION, 5,         P1
            LOGISTICS_DEVIATION,    1,         0.2,        LOGISTICS,  5,         P2
            CAPACITY_SHORTFALL,     0,         1.0,        PRODUCTION, 5,         P3
            DELIVERY_RISK,          0,         1.0,        DESIGN,     5,         P2
            QUALITY_FAILURE,        10,        0.9,        QC,         5,         P2
            # delivery delay, slack boundaries: 60/61 and 30/31 days for more than 5 days late
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     61,        P2
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     60,        P1
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     31,        P1
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     30,        P0
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     0,         P0
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     -4,        P0
            DELIVERY_DELAY,         9,         0.1,        DESIGN,     ,          P0
            # ... a slip of 15/16 days far off, and the 5/6 days line near and far
            DELIVERY_DELAY,         15,        0.1,        DESIGN,     90,        P2
            DELIVERY_DELAY,         16,        0.1,        DESIGN,     90,        P1
            DELIVERY_DELAY,         6,         0.1,        PRODUCTION, 30,        P0
            DELIVERY_DELAY,         5,         0.1,        PRODUCTION, 30,        P2
            DELIVERY_DELAY,         6,         0.1,        PRODUCTION, 61,        P2
            DELIVERY_DELAY,         5,         0.1,        PRODUCTION, 14,        P1
            DELIVERY_DELAY,         6,         0.9,        LOGISTICS,  14,        P0
            # ... 3 to 5 days: 14/15; 1 to 2 days: 7/8; 0/1 and 2/3 days near
            DELIVERY_DELAY,         3,         0.1,        PRODUCTION, 15,        P2
            DELIVERY_DELAY,         3,         0.1,        PRODUCTION, 14,        P1
            DELIVERY_DELAY,         2,         0.1,        PRODUCTION, 8,         P3
            DELIVERY_DELAY,         2,         0.1,        PRODUCTION, 7,         P2
            DELIVERY_DELAY,         2,         0.1,        PRODUCTION, ,          P2
            DELIVERY_DELAY,         0,         0.1,        PRODUCTION, 1,         P3
            DELIVERY_DELAY,         3,         0.1,        PRODUCTION, 1,         P1
            # material delay, slack boundaries 30/31, 14/15, 7/8, and delays 0, 1, 2, 5, 6 near
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  31,        P2
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  30,        P1
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  15,        P1
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  14,        P0
            MATERIAL_DELAY,         6,         0.3,        MATERIALS,  ,          P0
            MATERIAL_DELAY,         2,         0.3,        MATERIALS,  15,        P2
            MATERIAL_DELAY,         5,         0.3,        MATERIALS,  14,        P1
            MATERIAL_DELAY,         2,         0.3,        MATERIALS,  14,        P1
            MATERIAL_DELAY,         1,         0.3,        MATERIALS,  8,         P3
            MATERIAL_DELAY,         1,         0.3,        MATERIALS,  7,         P2
            MATERIAL_DELAY,         0,         0.3,        MATERIALS,  7,         P3
            # design change: by the plan's stage only; neither delay nor slack raises it
            DESIGN_CHANGE,          0,         0.2,        MATERIALS,  1,         P2
            DESIGN_CHANGE,          9,         0.9,        DESIGN,     1,         P2
            DESIGN_CHANGE,          0,         0.2,        QC,         90,        P1
            DESIGN_CHANGE,          0,         0.2,        LOGISTICS,  90,        P1
            DESIGN_CHANGE,          0,         0.2,        ,           ,          P2
            # graded by impact on delivery: slack 30/31, 1/2 and 5/6 days, value share 0.49/0.5
            CAPACITY_SHORTFALL,     6,         0.0,        PRODUCTION, 31,        P1
            CAPACITY_SHORTFALL,     6,         0.0,        PRODUCTION, 30,        P0
            CAPACITY_SHORTFALL,     5,         0.49,       PRODUCTION, 30,        P1
            CAPACITY_SHORTFALL,     5,         0.5,        PRODUCTION, 30,        P0
            CAPACITY_SHORTFALL,     5,         0.5,        PRODUCTION, 31,        P2
            LOGISTICS_DEVIATION,    2,         0.49,       LOGISTICS,  ,          P1
            LOGISTICS_DEVIATION,    2,         0.5,        LOGISTICS,  ,          P0
            PRODUCTION_NOT_STARTED, 2,         1.0,        PRODUCTION, 7,         P0
            PRODUCTION_NOT_STARTED, 2,         ,           PRODUCTION, 7,         P1
            PRODUCTION_NOT_STARTED, 1,         0.9,        PRODUCTION, 7,         P2
            PRODUCTION_NOT_STARTED, 6,         0.9,        PRODUCTION, 7,         P0
            LOGISTICS_DEVIATION,    -3,        0.2,        LOGISTICS,  7,         P3
            # missing data falls through to the catch-all
            ,                       9,         0.9,        PRODUCTION, 5,         P2
            DELIVERY_DELAY,         ,          0.1,        PRODUCTION, 5,         P2
            MATERIAL_DELAY,         ,          0.3,        MATERIALS,  5,         P2
            CAPACITY_SHORTFALL,     ,          0.9,        PRODUCTION, 5,         P2
            """)
    void gradesAnException(String type, Integer delayDays, Double valueShare, String stage, Integer slackDays,
            String priority) {
        DmnDecisionResult result = GRADING.evaluate(Variables
                .putValue("type", type)
                .putValue("delayDays", delayDays)
                .putValue("valueShare", valueShare)
                .putValue("stage", stage)
                .putValue("slackDays", slackDays));

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
                .putValue("stage", "PRODUCTION")
                .putValue("slackDays", ChronoUnit.DAYS.between(LocalDate.of(2027, 3, 20), LocalDate.of(2027, 3, 31))));

        assertThat((String) result.getSingleEntry()).isEqualTo("P0");
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        GRADING.assertEveryRuleIsExplained();
    }
}
