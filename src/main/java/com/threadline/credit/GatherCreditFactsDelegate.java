package com.threadline.credit;

import com.threadline.credit.CreditFacts.Facts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GatherCreditFacts: the credit decision's inputs, and the figures the order page shows with its outcome. */
@Component
class GatherCreditFactsDelegate implements JavaDelegate {

    private final CreditFacts facts;

    GatherCreditFactsDelegate(CreditFacts facts) {
        this.facts = facts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Facts found = facts.of((String) execution.getVariable("orderNo"));
        execution.setVariables(found.variables());
        execution.setVariable("creditFigures", found.figures());
    }
}
