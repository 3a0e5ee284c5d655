package com.threadline.live;

import com.threadline.access.PageAccess;
import com.threadline.access.Role;
import com.threadline.access.RoleMembers;
import com.threadline.approval.ApprovalChanged;
import com.threadline.exception.ExceptionChanged;
import com.threadline.inputs.OrderInputReceived;
import com.threadline.order.OrderPlanChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One end updates, all related know: once a change to an order commits (its plan, an input from a factory or
 * supplier, one of its exceptions or approval requests), the open pages of the order's people get an {@value #EVENT}
 * event, as does every open page of that order, and they reload what they show of it; the open pages of those who may
 * see the dashboard get an {@value #ANY_ORDER_EVENT} event for any order. An approval request is
 * internal: its requester, its approvers and the order's own staff hear of it, not the factory or suppliers.
 */
@Component
class OrderChangePush {

    static final String EVENT = "order-changed";
    /** Every order's change, for the pages that count all orders (the dashboard), sent to those who may open them. */
    static final String ANY_ORDER_EVENT = "orders-changed";
    private static final List<String> DASHBOARD_GROUPS = PageAccess.DASHBOARD_VIEWERS.stream()
            .map(Role::camundaGroup).sorted().toList();

    private final LiveHub hub;
    private final OrderAudience audience;
    private final RoleMembers roleMembers;
    private final Clock clock;

    OrderChangePush(LiveHub hub, OrderAudience audience, RoleMembers roleMembers, Clock clock) {
        this.hub = hub;
        this.audience = audience;
        this.roleMembers = roleMembers;
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void approvalChanged(ApprovalChanged change) {
        if (hub.hasSubscribers()) {
            Set<String> people = audience.staffOf(change.orderNo());
            people.add(change.requester());
            people.addAll(roleMembers.usersIn(change.approverRoles()));
            OrderChange pushed = new OrderChange(change.orderNo(), "approval", null, change.approvalId(),
                    clock.instant());
            hub.publish(people, EVENT, pushed);
            hub.publishToWatchers(change.orderNo(), EVENT, pushed);
        }
    }

    private void push(String orderNo, String cause, Long exceptionId) {
        if (hub.hasSubscribers()) {
            OrderChange change = new OrderChange(orderNo, cause, exceptionId, null, clock.instant());
            hub.publish(audience.of(orderNo), EVENT, change);
            hub.publishToWatchers(orderNo, EVENT, change);
            hub.publish(roleMembers.usersIn(DASHBOARD_GROUPS).stream().filter(hub::isSubscribed).toList(),
                    ANY_ORDER_EVENT, change);
        }
    }

    /**
     * What a page gets: which order changed, through what (and which exception or approval request) and when it
     * committed; it reloads what it shows itself.
     */
    record OrderChange(String orderNo, String cause, Long exceptionId, Long approvalId, Instant at) {
    }
}
