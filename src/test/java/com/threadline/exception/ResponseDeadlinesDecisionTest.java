package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/response-deadlines.dmn: an empty cell is null, meaning no deadline. */
class ResponseDeadlinesDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest DEADLINES =
            DecisionUnderTest.load("response-deadlines.dmn", "ResponseDeadlines");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            priority, responseMinutes, planMinutes
            P0,       30,              120
            P1,       30,              240
            P2,       60,
            P3,       ,
            """)
    void setsTheDeadlinesByPriority(String priority, Integer responseMinutes, Integer planMinutes) {
        DmnDecisionResult result = DEADLINES.evaluate(Variables.putValue("priority", priority));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsOnlyKeys("responseMinutes", "planMinutes")
                .containsEntry("responseMinutes", responseMinutes)
                .containsEntry("planMinutes", planMinutes);
    }

    @Test
    void anUnknownPriorityMatchesNoRule() {
        assertThat(DEADLINES.evaluate(Variables.putValue("priority", "P9"))).isEmpty();
        assertThat(DEADLINES.evaluate(Variables.putValue("priority", null))).isEmpty();
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        DEADLINES.assertEveryRuleIsExplained();
    }
}
