package com.threadline.stock;

import com.threadline.order.MaterialLine;
import com.threadline.order.MaterialSupply;
import com.threadline.order.OrderCancelled;
import com.threadline.order.OrderRepository;
import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order hands back what its start checks set aside: the stock its lines took returns to the stock on
 * hand, and its purchase requests stop waiting for a supplier's answer (their processes end, the reason in history).
 * In the cancelling transaction, so a cancellation that fails leaves both as they were.
 */
@Component
class CancelledOrderReturns {

    private final OrderRepository orders;
    private final StockItemRepository stock;
    private final RuntimeService runtime;
    private final Clock clock;

    CancelledOrderReturns(OrderRepository orders, StockItemRepository stock, RuntimeService runtime, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.runtime = runtime;
        this.clock = clock;
    }

    @EventListener
    void orderCancelled(OrderCancelled event) {
        for (MaterialLine line : orders.require(event.orderNo()).getMaterials()) {
            if (line.getSupply() == MaterialSupply.FROM_STOCK) {
                stock.findByMaterial(line.getDescription().strip()).filter(item -> item.measuredIn(line.getUnit()))
                        .ifPresent(item -> item.giveBack(line.getQuantity(), clock.instant()));
            }
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(PurchaseRequests.PROCESS_KEY)
                .variableValueEquals("orderNo", event.orderNo()).list()
                .forEach(waiting -> runtime.deleteProcessInstance(waiting.getId(), "订单已取消 / order cancelled"));
    }
}
