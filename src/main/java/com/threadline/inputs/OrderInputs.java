package com.threadline.inputs;

import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.web.ConflictException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where every input starts and ends: the order it is for (locked, so inputs for one order are taken one at
 * a time and a cumulative check cannot race), its origin, and the announcement once it is stored.
 */
@Component
class OrderInputs {

    /** Dates further than this before an order was opened or after it is due are typos, not history or plans. */
    static final Period PLAUSIBLE_MARGIN = Period.ofYears(1);

    private final OrderRepository orders;
    private final OrderLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderInputs(OrderRepository orders, OrderLocks locks, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    /** The order whose inputs are read; 404 when there is none. */
    Order order(String orderNo) {
        return orders.require(orderNo);
    }

    /** The order an input is for, locked until the input's transaction ends; 404 unknown, 409 closed. */
    Order openOrder(String orderNo) {
        Order order = locks.findByOrderNo(orderNo).orElseThrow(() -> new NotFoundException("No order " + orderNo));
        if (!order.isOpen()) {
            throw new ConflictException("Order " + orderNo + " is " + order.getStatus() + "; it takes no more inputs");
        }
        return order;
    }

    InputChecks checks(Order order) {
        return new InputChecks(now(), clock.getZone(), openedOn(order).minus(PLAUSIBLE_MARGIN),
                order.getDueDate().plus(PLAUSIBLE_MARGIN));
    }

    Origin origin(String reportedBy, InputSource source) {
        return new Origin(reportedBy.strip(), now(), InputSource.orDefault(source));
    }

    /** Server time in whole seconds: every database keeps it the same, so what is stored is what is read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    LocalDate openedOn(Order order) {
        return LocalDate.ofInstant(order.getCreatedAt(), clock.getZone());
    }

    /** A free-text field as stored: stripped, and absent when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void received(Order order, InputKind kind) {
        events.publishEvent(new OrderInputReceived(order.getOrderNo(), kind));
    }
}
