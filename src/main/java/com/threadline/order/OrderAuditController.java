package com.threadline.order;

import com.threadline.audit.AuditEntryView;
import com.threadline.audit.AuditTrail;
import com.threadline.audit.OrderHistory;
import com.threadline.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderAuditController {

    private final OrderRepository orders;
    private final AuditTrail trail;
    private final OrderHistory history;

    OrderAuditController(OrderRepository orders, AuditTrail trail, OrderHistory history) {
        this.orders = orders;
        this.trail = trail;
        this.history = history;
    }

    /** The same trail as people read it: one entry per change, in Chinese, the re-forecast folded; newest first. */
    @GetMapping("/api/orders/{orderNo}/history")
    PageOf<OrderHistory.HistoryEntry> history(@PathVariable String orderNo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return history.of(orders.require(orderNo).getId(), page, size);
    }

    /** Who changed what on the order and the rows that belong to it, newest first; 404 for an unknown order. */
    @GetMapping("/api/orders/{orderNo}/audit")
    PageOf<AuditEntryView> audit(@PathVariable String orderNo,
            @RequestParam(required = false) String entity,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return trail.of(orders.require(orderNo).getId(), entity, page, size);
    }
}
