package com.threadline.credit;

import com.threadline.order.CreditCheck;
import com.threadline.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCreditApproval: the order shows that finance let it run, who did and why. */
@Component
class RecordCreditApprovalDelegate implements JavaDelegate {

    private final OrderService orders;

    RecordCreditApprovalDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.recordCreditCheck((String) execution.getVariable("orderNo"), CreditCheck.APPROVED,
                CreditNotes.decided("财务已批准", execution));
    }
}
