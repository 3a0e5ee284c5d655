package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A snooze is over: the one who snoozed is reminded, and a late-plan escalation held meanwhile is made now, if the
 * plan is still missing. Nothing when a later snooze is still on, or the exception was closed meanwhile.
 */
@Component("endSnoozeDelegate")
class EndSnoozeDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final ExceptionNotices notices;
    private final LatePlanEscalation escalation;
    private final AlertRounds rounds;
    private final Clock clock;

    EndSnoozeDelegate(OrderExceptionRepository exceptions, ExceptionNotices notices, LatePlanEscalation escalation,
            AlertRounds rounds, Clock clock) {
        this.exceptions = exceptions;
        this.notices = notices;
        this.escalation = escalation;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        if (!exception.isOpen() || exception.isSnoozed(EngineClock.now())) {
            return;
        }
        int round = rounds.round(execution);
        String snoozer = exception.getSnooze().getSnoozedBy();
        notices.notifyUsers(exception, List.of(snoozer), round, "暂停结束 ");
        exception.notified(List.of(snoozer), round, clock.instant());
        boolean latePlanHeld = exception.snoozeEnded(clock.instant());
        if (latePlanHeld && exception.getPlanSubmittedAt() == null) {
            escalation.escalate(exception, round);
        }
    }
}
