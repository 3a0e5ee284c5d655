package com.threadline.exception;

import com.threadline.exception.ExceptionAction.Kind;
import com.threadline.exception.OrderException.Review;
import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import com.threadline.order.OrderService;
import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import com.threadline.approval.ApprovalService;
import com.threadline.approval.ChangeKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people do with an exception: confirm, plan, act, verify, close. Each step is its process's task.
 * A monitor pass may update the same exception at the same moment; the person's step is then simply
 * run again on the fresh state (up to three times) instead of failing.
 */
@Service
public class ExceptionService {

    static final Duration LONGEST_SNOOZE = Duration.ofDays(7);
    static final int LONGEST_WATCH_DAYS = 90;
    private static final DateTimeFormatter COMPANY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OrderExceptionRepository exceptions;
    private final ExceptionHandling handling;
    private final ApprovalService approvals;
    private final OrderService orders;
    private final ExceptionNotices notices;
    private final ReadReceipts receipts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExceptionService(OrderExceptionRepository exceptions, ExceptionHandling handling, ApprovalService approvals,
            OrderService orders,
            ExceptionNotices notices, ReadReceipts receipts, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.exceptions = exceptions;
        this.handling = handling;
        this.approvals = approvals;
        this.orders = orders;
        this.notices = notices;
        this.receipts = receipts;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** One click: "I am on it" (确认处理). */
    public void confirm(Long id, String by, String note) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            Task task = awaiting(exception, "confirmation", "Task_ConfirmHandling", "Task_ConfirmHandlingAtTop",
                    "Task_AcknowledgeNotice");
            receipts.record(id, by, ReadVia.IN_APP);
            handling.complete(task, Variables.createVariables().putValue("confirmedBy", by).putValue("confirmNote", note));
            return null;
        });
    }

    public void submitPlan(Long id, String by, String plan, LocalDate expectedRecoveryDate) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            Task task = awaiting(exception, "a solution plan", "Task_SubmitSolutionPlan");
            handling.complete(task, Variables.createVariables().putValue("planBy", by).putValue("solutionPlan", plan)
                    .putValue("expectedRecoveryDate", expectedRecoveryDate == null ? null : expectedRecoveryDate.toString()));
            return null;
        });
    }

    /**
     * Records a measure. One that names a milestone and a new date re-forecasts the order's plan; everyone
     * already alerted about the exception hears of it.
     */
    public ExceptionAction addAction(Long id, String by, Kind kind, String description, String milestoneCode,
            LocalDate newDate, String evidenceUrl) {
        return retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            if (exception.getStatus() == ExceptionStatus.OPEN) {
                throw new ConflictException("Confirm handling of exception " + id + " before recording actions");
            }
            if (!exception.isOpen()) {
                throw new ConflictException("Exception " + id + " is closed");
            }
            if ((milestoneCode == null) != (newDate == null)) {
                throw InvalidRequestException.of(newDate == null ? "newDate" : "milestoneCode",
                        "give both milestoneCode and newDate to move a milestone, or neither");
            }
            if (milestoneCode != null) {
                orders.expect(exception.getOrderNo(), milestoneCode, newDate, kind.label() + "：" + description);
            }
            ExceptionAction action = new ExceptionAction(kind, description, milestoneCode, newDate, evidenceUrl, by,
                    clock.instant());
            exception.actionTaken(action);
            // The delivery log, not the inbox: a failed job's round has no inbox rows left but may have reached IM
            // or SMS, and its number reused here would keep this notice from those channels.
            int round = receipts.lastRound(id) + 1;
            notices.notifyRoles(exception, exception.roleList(), round, "新措施 ");
            return action;
        });
    }

    public void verify(Long id, String by, boolean resolved, String notes) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            Task task = awaiting(exception, "verification", "Task_VerifyResolution");
            exception.verified(resolved, notes, by, clock.instant());
            handling.complete(task, Variables.createVariables().putValue("resolved", resolved)
                    .putValue("verificationNotes", notes));
            return null;
        });
    }

    /**
     * Whoever confirmed quiets the loop until {@code until} (company time), for a reason: a late-plan escalation
     * waits for the end, when the snoozer is reminded. At most {@link #LONGEST_SNOOZE}, and a P0 never past its
     * plan deadline.
     */
    public void snooze(Long id, String by, LocalDateTime until, String reason) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            if (!exception.isOpen() || exception.getConfirmedBy() == null) {
                throw new ConflictException("Exception " + id + " must be confirmed and open to be snoozed");
            }
            if (!exception.getConfirmedBy().equals(by)) {
                // the exception's state, not the caller's role, stands in the way: whoever confirms next may snooze
                throw new ConflictException("只有确认处理的人可以暂停提醒 only " + exception.getConfirmedBy()
                        + ", who confirmed, may snooze exception " + id);
            }
            Instant end = until.atZone(clock.getZone()).toInstant();
            Instant now = clock.instant();
            if (!end.isAfter(now)) {
                throw InvalidRequestException.of("until", "结束时间须晚于现在");
            }
            if (end.isAfter(now.plus(LONGEST_SNOOZE))) {
                throw InvalidRequestException.of("until", "最长暂停 " + LONGEST_SNOOZE.toDays() + " 天");
            }
            if ("P0".equals(exception.getPriority()) && exception.getPlanDueAt() != null
                    && end.isAfter(exception.getPlanDueAt())) {
                throw InvalidRequestException.of("until", "P0 暂停不能晚于方案截止时间 "
                        + COMPANY_TIME.withZone(clock.getZone()).format(exception.getPlanDueAt()));
            }
            exception.snooze(end, COMPANY_TIME.withZone(clock.getZone()).format(end), by, reason, now);
            handling.snoozed(exception, end);
            return null;
        });
    }

    /**
     * Closes with the review. While the monitor still sees the condition, a decision is needed too: a new due
     * date (a change request through the approval) or a date from which to watch again; until then the monitor
     * opens no new exception for the condition unless it gets worse.
     */
    public void close(Long id, String by, Review review, Decision decision) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            Task task = awaiting(exception, "its review", "Task_ReviewException");
            if (exception.getConditionClearedAt() == null) {
                decide(exception, by, decision);
            }
            handling.complete(task, Variables.createVariables().putValue("closedBy", by)
                    .putValue("rootCause", review.rootCause()).putValue("measures", review.measures())
                    .putValue("deliveryImpactDays", review.deliveryImpactDays())
                    .putValue("lessonsLearned", review.lessonsLearned()));
            return null;
        });
    }

    private void decide(OrderException exception, String by, Decision decision) {
        if (decision == null || decision.kind() == null) {
            throw InvalidRequestException.of("decision", "情况仍在：请选择接受新交期（走变更审批）或从某日起重新观察");
        }
        LocalDate today = LocalDate.now(clock);
        if (decision.kind() == ClosingDecision.Kind.WATCH_FROM) {
            LocalDate from = decision.watchFrom();
            if (from == null || !from.isAfter(today) || from.isAfter(today.plusDays(LONGEST_WATCH_DAYS))) {
                throw InvalidRequestException.of("watchFrom", "重新观察日期须在明天到 " + LONGEST_WATCH_DAYS + " 天内");
            }
            exception.decidedAtClosing(decision.kind(), from, null, by, clock.instant());
            return;
        }
        LocalDate newDueDate = decision.newDueDate();
        if (newDueDate == null || !newDueDate.isAfter(today)) {
            throw InvalidRequestException.of("newDueDate", "新交期须晚于今天");
        }
        Long request = approvals.request(exception.getOrderNo(), ChangeKind.DELIVERY_DATE_CHANGE, BigDecimal.ZERO,
                "异常关闭时情况仍在，接受新交期 exception " + exception.getId() + " closed, condition holds",
                newDueDate.toString(), by).id();
        exception.decidedAtClosing(decision.kind(), null, request, by, clock.instant());
    }

    /** What to do about a condition that still holds at closing; see {@link ClosingDecision}. */
    public record Decision(ClosingDecision.Kind kind, LocalDate newDueDate, LocalDate watchFrom) {
    }

    /** Runs the step in a transaction and tells the pages of the order's people once it committed. */
    private <T> T retryingOnConcurrentChange(Long id, Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    T result = step.get();
                    events.publishEvent(new ExceptionChanged(exceptions.require(id).getOrderNo(), id));
                    return result;
                });
            } catch (ObjectOptimisticLockingFailureException concurrentChange) {
                if (attempt == 3) {
                    throw concurrentChange;
                }
            }
        }
    }

    private Task awaiting(OrderException exception, String what, String... taskKeys) {
        return handling.openTask(exception, taskKeys).orElseThrow(() -> new ConflictException(
                "Exception " + exception.getId() + " is not waiting for " + what + " (status " + exception.getStatus()
                        + ")"));
    }
}
