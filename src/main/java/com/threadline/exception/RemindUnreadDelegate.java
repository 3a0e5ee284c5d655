package com.threadline.exception;

import com.threadline.notification.ReadReceipts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * While handling is unconfirmed: a reminder to those who have not read the alert (a read receipt on any channel of
 * any round counts) and are due one by the {@link ReminderCadence}. Its round was fixed when the timer fired.
 */
@Component("remindUnreadDelegate")
class RemindUnreadDelegate implements JavaDelegate {

    static final String REMINDER = "再次提醒 ";

    private final OrderExceptionRepository exceptions;
    private final ReadReceipts receipts;
    private final ExceptionNotices notices;
    private final AlertRounds rounds;
    private final ReminderCadence cadence;
    private final Clock clock;

    RemindUnreadDelegate(OrderExceptionRepository exceptions, ReadReceipts receipts, ExceptionNotices notices,
            AlertRounds rounds, ReminderCadence cadence, Clock clock) {
        this.exceptions = exceptions;
        this.receipts = receipts;
        this.notices = notices;
        this.rounds = rounds;
        this.cadence = cadence;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        Object topReachedAt = execution.getVariable(EscalateToNextLevelDelegate.TOP_REACHED_AT);
        List<String> due = cadence.due(receipts.unreadRecipients(exception.getId()), rounds.alertedAt(execution),
                topReachedAt == null ? null : Instant.ofEpochMilli(((Number) topReachedAt).longValue()),
                EngineClock.now());
        if (due.isEmpty()) {
            return;
        }
        int round = rounds.round(execution);
        notices.notifyUsers(exception, due, round, REMINDER);
        rounds.alerted(execution, due);
        exception.notified(due, round, clock.instant());
    }
}
