package com.threadline.exception;

import com.threadline.notification.ReadReceipts;
import com.threadline.roster.DutyRoster;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The response deadline passed unconfirmed. First whoever is due a reminder at this instant is reminded: this
 * deadline cancels the task and with it a reminder due at the same moment that has not run yet, and the reminder
 * must not depend on which job ran first. Then the next level: the people on duty for the next roles who were not
 * alerted yet, else the roster's deputies of those roles. When nobody new is left, the top is reached: the timeline
 * says so and no deadline escalates again.
 */
@Component("escalateToNextLevelDelegate")
class EscalateToNextLevelDelegate implements JavaDelegate {

    static final String TOP_REACHED = "topReached";
    static final String TOP_REACHED_AT = "topReachedAt";

    private final OrderExceptionRepository exceptions;
    private final EscalationChain chain;
    private final DutyRoster roster;
    private final ExceptionNotices notices;
    private final ReadReceipts receipts;
    private final AlertRounds rounds;
    private final ReminderCadence cadence;
    private final Clock clock;

    EscalateToNextLevelDelegate(OrderExceptionRepository exceptions, EscalationChain chain, DutyRoster roster,
            ExceptionNotices notices, ReadReceipts receipts, AlertRounds rounds, ReminderCadence cadence,
            Clock clock) {
        this.exceptions = exceptions;
        this.chain = chain;
        this.roster = roster;
        this.notices = notices;
        this.receipts = receipts;
        this.rounds = rounds;
        this.cadence = cadence;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        int round = rounds.round(execution);
        List<String> due = cadence.due(receipts.unreadRecipients(exception.getId()), rounds.alertedAt(execution),
                null, EngineClock.now());
        notices.notifyUsers(exception, due, round, RemindUnreadDelegate.REMINDER);

        List<String> roles = ExceptionVariables.roles(execution);
        List<String> nextLevel = chain.nextLevelOf(roles);
        Set<String> alerted = new LinkedHashSet<>(receipts.alertedRecipients(exception.getId()));
        LocalDate today = LocalDate.now(clock);
        List<String> fresh = new ArrayList<>(roster.onDuty(nextLevel, today));
        fresh.removeAll(alerted);
        if (fresh.isEmpty()) {
            nextLevel.stream().map(role -> roster.deputyOf(role, today)).flatMap(Optional::stream)
                    .filter(deputy -> !alerted.contains(deputy) && !fresh.contains(deputy)).forEach(fresh::add);
        }
        if (fresh.isEmpty()) {
            execution.setVariable(TOP_REACHED, true);
            execution.setVariable(TOP_REACHED_AT, EngineClock.now().toEpochMilli());
            exception.topReached(clock.instant());
        } else {
            execution.setVariable(TOP_REACHED, false);
            List<String> allRoles = new ArrayList<>(roles);
            nextLevel.stream().filter(r -> !allRoles.contains(r)).forEach(allRoles::add);
            execution.setVariable("roles", allRoles);
            Integer responseMinutes = ExceptionVariables.minutes((Map<?, ?>) execution.getVariable("deadlines"),
                    "responseMinutes");
            exception.escalated(nextLevel, fresh, responseMinutes, clock.instant());
            notices.notifyUsers(exception, fresh, round, "升级 ");
        }
        List<String> recipients = new ArrayList<>(due);
        fresh.stream().filter(p -> !recipients.contains(p)).forEach(recipients::add);
        rounds.alerted(execution, recipients);
        exception.notified(recipients, round, clock.instant());
    }
}
