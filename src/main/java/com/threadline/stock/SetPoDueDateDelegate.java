package com.threadline.stock;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SetPoDueDate of processes/purchase-request.bpmn. */
@Component
class SetPoDueDateDelegate implements JavaDelegate {

    private final PurchaseRequests requests;

    SetPoDueDateDelegate(PurchaseRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.recordPromise(((Number) execution.getVariable("purchaseRequestId")).longValue(),
                LocalDate.parse((String) execution.getVariable("promisedDate")));
    }
}
