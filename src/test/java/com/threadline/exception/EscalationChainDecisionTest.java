package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/escalation-chain.dmn: an empty cell is null, '' is the empty string. */
class EscalationChainDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest CHAIN =
            DecisionUnderTest.load("escalation-chain.dmn", "EscalationChain");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            role,          nextRole
            merchandiser,  businessOwner
            purchaser,     businessOwner
            planner,       businessOwner
            tech,          businessOwner
            qc,            merchandiser
            businessOwner, gm
            gm,
            # any other role, or none
            factory,       businessOwner
            GM,            businessOwner
            '',            businessOwner
            ,              businessOwner
            """)
    void namesTheNextLevel(String role, String nextRole) {
        DmnDecisionResult result = CHAIN.evaluate(Variables.putValue("role", role));

        // exactly one rule, also for the GM: null means "top of the chain", not "no rule matched"
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsOnlyKeys("nextRole")
                .containsEntry("nextRole", nextRole);
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        CHAIN.assertEveryRuleIsExplained();
    }
}
