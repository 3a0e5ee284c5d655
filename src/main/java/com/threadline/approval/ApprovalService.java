package com.threadline.approval;

import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.web.ConflictException;
import com.threadline.web.ForbiddenException;
import com.threadline.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requesting a change on an order, deciding its waiting level, withdrawing it; each answers the request as it is. */
@Service
@Transactional
public class ApprovalService {

    private final ApprovalRequestRepository requests;
    private final OrderRepository orders;
    private final ChangeApproval process;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalService(ApprovalRequestRepository requests, OrderRepository orders, ChangeApproval process,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.orders = orders;
        this.process = process;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the request is still waiting or was approved: neither rejected nor withdrawn. */
    @Transactional(readOnly = true)
    public boolean stands(Long id) {
        ApprovalStatus status = requests.require(id).getStatus();
        return status == ApprovalStatus.PENDING || status == ApprovalStatus.APPROVED;
    }

    /** A new request on an open order; its first level waits once this returns. */
    public ApprovalView request(String orderNo, ChangeKind kind, BigDecimal amount, String reason,
            String newValue, String requester) {
        LocalDate newDeliveryDate = kind == ChangeKind.DELIVERY_DATE_CHANGE ? newDeliveryDate(newValue) : null;
        if (kind == ChangeKind.QUANTITY_CHANGE) {
            requireQuantity(newValue);
        }
        Order order = orders.require(orderNo);
        if (!order.isOpen()) {
            throw new ConflictException("Order " + orderNo + " is " + order.getStatus() + ", not open for changes");
        }
        int delayDays = newDeliveryDate == null ? 0
                : (int) ChronoUnit.DAYS.between(order.getDueDate(), newDeliveryDate);
        ApprovalRequest request = requests.save(new ApprovalRequest(order.getId(), orderNo, kind, amount, reason,
                newValue, delayDays, requester, clock.instant()));
        request.startedAs(process.start(request));
        events.publishEvent(ApprovalChanged.of(request));
        return ApprovalView.of(request);
    }

    /**
     * The waiting level decides, as a person with its role; a rejection needs a comment. The process records the
     * decision (Task_RecordDecision), as it does for one made in Tasklist.
     */
    public ApprovalView decide(Long id, String approver, Collection<String> approverRoles, Decision decision,
            String comment) {
        if (decision == Decision.REJECT && (comment == null || comment.isBlank())) {
            throw InvalidRequestException.of("comment", "is required when rejecting");
        }
        ApprovalRequest request = requests.require(id);
        ensurePending(request);
        if (!approverRoles.contains(request.getWaitingRole())) {
            throw new ForbiddenException("Approval request " + id + " waits for role " + request.getWaitingRole()
                    + ", which " + approver + " does not have");
        }
        Task task = process.waitingTask(request)
                .orElseThrow(() -> new ConflictException("Approval request " + id + " is not waiting for a decision"));
        process.decide(task, approver, decision, comment);
        return ApprovalView.of(request);
    }

    /** Only the requester withdraws, and only while the request waits. */
    public ApprovalView withdraw(Long id, String requester) {
        ApprovalRequest request = requests.require(id);
        if (!request.getRequestedBy().equals(requester)) {
            throw new ForbiddenException("Only " + request.getRequestedBy() + " may withdraw approval request " + id);
        }
        ensurePending(request);
        request.withdraw(clock.instant());
        process.withdraw(request);
        events.publishEvent(ApprovalChanged.of(request));
        return ApprovalView.of(request);
    }

    private static void ensurePending(ApprovalRequest request) {
        if (!request.isPending()) {
            throw new ConflictException("Approval request " + request.getId() + " is already " + request.getStatus());
        }
    }

    private static void requireQuantity(String newValue) {
        String digits = newValue == null ? "" : newValue.trim();
        if (!digits.matches("[1-9][0-9]{0,7}")) {
            throw InvalidRequestException.of("newValue", "须为新的数量（件，正整数） / must be the new quantity in pieces");
        }
    }

    private static LocalDate newDeliveryDate(String newValue) {
        try {
            return LocalDate.parse(newValue == null ? "" : newValue.trim());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("newValue", "须为新的交期（yyyy-MM-dd） / must be the new delivery date as yyyy-MM-dd");
        }
    }
}
