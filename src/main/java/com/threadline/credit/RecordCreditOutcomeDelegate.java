package com.threadline.credit;

import com.threadline.order.CreditCheck;
import com.threadline.order.OrderService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCreditOutcome: the order shows the credit check's outcome; the gateway after it reads creditHeld. */
@Component
class RecordCreditOutcomeDelegate implements JavaDelegate {

    private final OrderService orders;

    RecordCreditOutcomeDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable("creditDecision");
        boolean held = "HOLD".equals(decision.get("outcome"));
        String reason = decision.get("reason") + "（" + execution.getVariable("creditFigures") + "）";
        orders.recordCreditCheck((String) execution.getVariable("orderNo"), held ? CreditCheck.HELD : CreditCheck.PASSED,
                reason);
        execution.setVariable("creditHeld", held);
        execution.setVariable("creditReason", reason);
        execution.setVariable("creditRejected", false);
    }
}
