package com.threadline.stock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckStock of processes/order-start-checks.bpmn. */
@Component
class CheckStockDelegate implements JavaDelegate {

    private final StockCheck check;

    CheckStockDelegate(StockCheck check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        check.check((String) execution.getVariable("orderNo"));
    }
}
