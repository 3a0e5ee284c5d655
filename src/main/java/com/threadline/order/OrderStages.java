package com.threadline.order;

import com.threadline.plan.Stage;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Called as {@code ${orderStages.enter(execution, 'DESIGN')}} when a stage subprocess starts. */
@Component("orderStages")
public class OrderStages {

    private final OrderRepository orders;
    private final Clock clock;

    OrderStages(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    public void enter(DelegateExecution execution, String stage) {
        Order order = orders.forProcess(execution.getProcessBusinessKey());
        order.enter(Stage.valueOf(stage), clock.instant());
    }
}
