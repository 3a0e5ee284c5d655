package com.threadline.order;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The last step of the lifecycle: the goods are delivered, the order is done. */
@Component("closeOrderDelegate")
public class CloseOrderDelegate implements JavaDelegate {

    private final OrderRepository orders;
    private final Clock clock;

    CloseOrderDelegate(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        orders.require(execution.getProcessBusinessKey())
                .markDelivered(clock.instant());
    }
}
