package com.threadline.order;

import com.threadline.audit.AuditEntryView;
import com.threadline.audit.AuditTrail;
import com.threadline.web.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrderAuditController {

    private final OrderRepository orders;
    private final AuditTrail trail;

    OrderAuditController(OrderRepository orders, AuditTrail trail) {
        this.orders = orders;
        this.trail = trail;
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
