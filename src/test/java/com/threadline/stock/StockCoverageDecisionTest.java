package com.threadline.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.exception.DecisionUnderTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/stock-coverage.dmn: one row per rule, then the 5% safety margin from both sides. */
class StockCoverageDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest COVERAGE = DecisionUnderTest.load("stock-coverage.dmn", "StockCoverage");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "null", textBlock = """
            onOrder, required, onHand, supply
            true,    1000,     0,      ON_ORDER
            false,   null,     5000,   PURCHASE_REQUESTED
            false,   1000,     null,   PURCHASE_REQUESTED
            false,   1000,     2000,   FROM_STOCK
            false,   1000,     500,    PURCHASE_REQUESTED
            true,    null,     null,   ON_ORDER
            false,   1000,     1050,   FROM_STOCK
            false,   1000,     1049.99, PURCHASE_REQUESTED
            false,   1000,     1000,   PURCHASE_REQUESTED
            """)
    void decidesWhereTheLineComesFrom(boolean onOrder, Double required, Double onHand, String supply) {
        DmnDecisionResult result = COVERAGE.evaluate(Variables.putValue("onOrder", onOrder)
                .putValue("required", required).putValue("onHand", onHand));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("supply").containsEntry("supply", supply);
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        COVERAGE.assertEveryRuleIsExplained();
    }
}
