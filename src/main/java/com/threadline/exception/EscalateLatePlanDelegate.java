package com.threadline.exception;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The solution plan is overdue: the next level is told, unless the exception is snoozed; then it is held, and made
 * when the snooze ends (a P0 cannot be snoozed past its plan deadline, so this holds lower grades only).
 */
@Component("escalateLatePlanDelegate")
class EscalateLatePlanDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final LatePlanEscalation escalation;
    private final AlertRounds rounds;
    private final Clock clock;

    EscalateLatePlanDelegate(OrderExceptionRepository exceptions, LatePlanEscalation escalation, AlertRounds rounds,
            Clock clock) {
        this.exceptions = exceptions;
        this.escalation = escalation;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        if (exception.isSnoozed(EngineClock.now())) {
            exception.holdLatePlan(clock.instant());
            return;
        }
        escalation.escalate(exception, rounds.round(execution));
    }
}
