package com.threadline.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.exception.DecisionUnderTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/approval-levels.dmn: one row per rule, then the 10,000 CNY and 7-day boundaries from both sides. */
class ApprovalLevelsDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest LEVELS = DecisionUnderTest.load("approval-levels.dmn", "ApprovalLevels");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            kind,                   amount,   delayDays, levels
            FABRIC_PURCHASE_CHANGE, 5000,     0,         businessOwner
            FABRIC_PURCHASE_CHANGE, 20000,    0,         'businessOwner,gm'
            DELIVERY_DATE_CHANGE,   0,        5,         businessOwner
            DELIVERY_DATE_CHANGE,   0,        12,        'businessOwner,gm'
            DELIVERY_DATE_CHANGE,   15000,    3,         'businessOwner,gm'
            EXTRA_COST,             0,        0,         businessOwner
            EXTRA_COST,             9999.99,  0,         businessOwner
            EXTRA_COST,             10000,    0,         'businessOwner,gm'
            QUANTITY_CHANGE,        9999.99,  0,         businessOwner
            QUANTITY_CHANGE,        10000,    0,         'businessOwner,gm'
            FABRIC_PURCHASE_CHANGE, 9999.99,  0,         businessOwner
            FABRIC_PURCHASE_CHANGE, 10000,    0,         'businessOwner,gm'
            FABRIC_PURCHASE_CHANGE, 80000,    0,         'businessOwner,gm'
            DELIVERY_DATE_CHANGE,   0,        7,         businessOwner
            DELIVERY_DATE_CHANGE,   0,        8,         'businessOwner,gm'
            DELIVERY_DATE_CHANGE,   0,        -10,       businessOwner
            DELIVERY_DATE_CHANGE,   9999.99,  7,         businessOwner
            DELIVERY_DATE_CHANGE,   10000,    7,         'businessOwner,gm'
            DELIVERY_DATE_CHANGE,   10000,    8,         'businessOwner,gm'
            """)
    void picksTheApprovingRolesInOrder(String kind, double amount, int delayDays, String levels) {
        DmnDecisionResult result = LEVELS.evaluate(Variables.putValue("kind", kind).putValue("amount", amount)
                .putValue("delayDays", delayDays));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("levels").containsEntry("levels", levels);
    }

    @Test
    void anUnknownKindMatchesNoRule() {
        assertThat(LEVELS.evaluate(Variables.putValue("kind", "NEW_STYLE").putValue("amount", 100.0)
                .putValue("delayDays", 0))).isEmpty();
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        LEVELS.assertEveryRuleIsExplained();
    }
}
