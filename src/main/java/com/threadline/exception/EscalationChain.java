package com.threadline.exception;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Asks decisions/escalation-chain.dmn who stands above each role. */
@Component
class EscalationChain {

    private final DecisionService decisions;

    EscalationChain(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The next level of every role; the GM, being the top, escalates to the GM again. */
    List<String> nextLevelOf(Collection<String> roles) {
        List<String> next = new ArrayList<>();
        for (String role : roles) {
            Object nextRole = decisions.evaluateDecisionTableByKey("EscalationChain")
                    .variables(Map.of("role", role))
                    .evaluate()
                    .getSingleEntry();
            String level = nextRole == null ? role : nextRole.toString();
            if (!next.contains(level)) {
                next.add(level);
            }
        }
        return next;
    }
}
