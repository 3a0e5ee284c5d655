package com.threadline.exception;

import com.threadline.notification.Inbox;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Someone confirmed handling (确认处理): the reminders stop, the clock for the plan runs. */
@Component("recordConfirmationDelegate")
class RecordConfirmationDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final Inbox inbox;
    private final Clock clock;

    RecordConfirmationDelegate(OrderExceptionRepository exceptions, Inbox inbox, Clock clock) {
        this.exceptions = exceptions;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        String by = ExceptionVariables.actor(execution, "confirmedBy");
        Object note = execution.getVariable("confirmNote");
        exception.confirm(by, note == null ? null : note.toString(), clock.instant());
        inbox.exceptionOpened(exception.getId(), by);
    }
}
