package com.threadline.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.exception.DecisionUnderTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/credit-check.dmn: one row per rule, then the limit's boundary from both sides and the empty cases. */
class CreditCheckDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest CREDIT = DecisionUnderTest.load("credit-check.dmn", "CreditCheck");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "null", textBlock = """
            overdueAmount, creditLimit, exposure, outcome, reason
            500,           null,        0,        HOLD,    客户有逾期应收款
            null,          null,        900000,   PASS,    未设信用额度，无逾期
            null,          100000,      80000,    PASS,    未超信用额度
            null,          100000,      120000,   HOLD,    超出信用额度
            0.01,          100000,      0,        HOLD,    客户有逾期应收款
            0,             null,        0,        PASS,    未设信用额度，无逾期
            0,             100000,      100000,   PASS,    未超信用额度
            0,             100000,      100000.01, HOLD,   超出信用额度
            0,             0,           0,        PASS,    未超信用额度
            0,             0,           1,        HOLD,    超出信用额度
            """)
    void passesOrHoldsTheOrder(Double overdueAmount, Double creditLimit, double exposure, String outcome,
            String reason) {
        DmnDecisionResult result = CREDIT.evaluate(Variables.putValue("overdueAmount", overdueAmount)
                .putValue("creditLimit", creditLimit).putValue("exposure", exposure));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsEntry("outcome", outcome)
                .containsEntry("reason", reason);
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        CREDIT.assertEveryRuleIsExplained();
    }
}
