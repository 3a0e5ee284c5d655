package com.threadline.exception;

import com.threadline.exception.ExceptionAction.Kind;
import com.threadline.exception.OrderException.Review;
import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import com.threadline.order.OrderService;
import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
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

    private final OrderExceptionRepository exceptions;
    private final ExceptionHandling handling;
    private final OrderService orders;
    private final ExceptionNotices notices;
    private final ReadReceipts receipts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExceptionService(OrderExceptionRepository exceptions, ExceptionHandling handling, OrderService orders,
            ExceptionNotices notices, ReadReceipts receipts, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.exceptions = exceptions;
        this.handling = handling;
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

    public void close(Long id, String by, Review review) {
        retryingOnConcurrentChange(id, () -> {
            OrderException exception = exceptions.require(id);
            Task task = awaiting(exception, "its review", "Task_ReviewException");
            handling.complete(task, Variables.createVariables().putValue("closedBy", by)
                    .putValue("rootCause", review.rootCause()).putValue("measures", review.measures())
                    .putValue("deliveryImpactDays", review.deliveryImpactDays())
                    .putValue("lessonsLearned", review.lessonsLearned()));
            return null;
        });
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
