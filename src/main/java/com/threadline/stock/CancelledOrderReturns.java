package com.threadline.stock;

import com.threadline.order.MaterialLine;
import com.threadline.order.MaterialSupply;
import com.threadline.order.OrderCancelled;
import com.threadline.order.OrderRepository;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled order hands back the stock its lines took to the stock on hand, in the cancelling transaction, so a
 * cancellation that fails leaves it as it was. Its purchase requests need nothing: a supplier sees and answers only
 * those of open orders ({@link PurchaseRequests}).
 */
@Component
class CancelledOrderReturns {

    private final OrderRepository orders;
    private final StockItemRepository stock;
    private final Clock clock;

    CancelledOrderReturns(OrderRepository orders, StockItemRepository stock, Clock clock) {
        this.orders = orders;
        this.stock = stock;
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
    }
}
