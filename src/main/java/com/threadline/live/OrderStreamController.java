package com.threadline.live;

import com.threadline.order.OrderRepository;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of one order's page: {@code order-changed} whenever that order changes; 404 for an unseen order. */
@RestController
class OrderStreamController {

    private final OrderRepository orders;
    private final LiveHub hub;

    OrderStreamController(OrderRepository orders, LiveHub hub) {
        this.orders = orders;
        this.hub = hub;
    }

    @GetMapping(path = "/api/orders/{orderNo}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String orderNo) {
        orders.require(orderNo);
        return hub.watchOrder(orderNo);
    }
}
