package com.threadline.live;

import com.threadline.exception.ExceptionChanged;
import com.threadline.monitoring.OrderInputReceived;
import com.threadline.order.OrderPlanChanged;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One end updates, all related know: once a change to an order commits (its plan, an input from a factory or
 * supplier, one of its exceptions), the open pages of the order's people, and every open page of that order, get an
 * {@value #EVENT} event and reload what they show of it.
 */
@Component
class OrderChangePush {

    static final String EVENT = "order-changed";

    private final LiveHub hub;
    private final OrderAudience audience;
    private final Clock clock;

    OrderChangePush(LiveHub hub, OrderAudience audience, Clock clock) {
        this.hub = hub;
        this.audience = audience;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void planChanged(OrderPlanChanged change) {
        push(change.orderNo(), "plan", null);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void inputReceived(OrderInputReceived input) {
        push(input.orderNo(), "input:" + input.kind(), null);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void exceptionChanged(ExceptionChanged change) {
        push(change.orderNo(), "exception", change.exceptionId());
    }

    private void push(String orderNo, String cause, Long exceptionId) {
        if (hub.hasSubscribers()) {
            OrderChange change = new OrderChange(orderNo, cause, exceptionId, clock.instant());
            hub.publish(audience.of(orderNo), EVENT, change);
            hub.publishToWatchers(orderNo, EVENT, change);
        }
    }

    /** What a page gets: which order changed, through what and when it committed; it reloads the order itself. */
    record OrderChange(String orderNo, String cause, Long exceptionId, Instant at) {
    }
}
