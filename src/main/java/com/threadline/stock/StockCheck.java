package com.threadline.stock;

import com.threadline.order.MaterialLine;
import com.threadline.order.MaterialSupply;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each material line of a new order against the stock on hand: a covered line takes its quantity from the stock (so
 * the next order does not count it again), a short one becomes a purchase request to its supplier.
 */
@Service
class StockCheck {

    private final OrderRepository orders;
    private final OrderService orderService;
    private final StockItemRepository stock;
    private final StockCoverage coverage;
    private final PurchaseRequests purchases;
    private final Clock clock;

    StockCheck(OrderRepository orders, OrderService orderService, StockItemRepository stock, StockCoverage coverage,
            PurchaseRequests purchases, Clock clock) {
        this.orders = orders;
        this.orderService = orderService;
        this.stock = stock;
        this.coverage = coverage;
        this.purchases = purchases;
        this.clock = clock;
    }

    @Transactional
    void check(String orderNo) {
        Order order = orders.forProcess(orderNo);
        for (MaterialLine line : order.getMaterials()) {
            Optional<StockItem> item = stock.findByMaterial(line.getDescription().strip())
                    .filter(found -> found.measuredIn(line.getUnit()));
            MaterialSupply supply = coverage.decide(line.getPoDueDate() != null, line.getQuantity(),
                    item.map(StockItem::getQuantity).orElse(null));
            if (supply == MaterialSupply.FROM_STOCK) {
                item.orElseThrow().take(line.getQuantity(), clock.instant());
            } else if (supply == MaterialSupply.PURCHASE_REQUESTED) {
                purchases.request(order, line);
            }
            orderService.recordSupply(orderNo, line.getLineNo(), supply);
        }
    }
}
