package com.threadline.credit;

import com.threadline.order.CreditCheck;
import com.threadline.order.OrderService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelOrderOnCredit: finance rejected the order; it is cancelled with finance's reason. */
@Component
class CancelOrderOnCreditDelegate implements JavaDelegate {

    private final OrderService orders;

    CancelOrderOnCreditDelegate(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String orderNo = (String) execution.getVariable("orderNo");
        String note = CreditNotes.decided("财务驳回", execution);
        orders.recordCreditCheck(orderNo, CreditCheck.REJECTED, note);
        orders.cancelFromLifecycle(orderNo, "信用检查驳回：" + CreditNotes.comment(execution));
        execution.setVariable("creditRejected", true);
    }
}
