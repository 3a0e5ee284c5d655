package com.threadline.exception;

import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Someone confirmed handling (确认处理): the reminders stop, the clock for the plan runs. */
@Component("recordConfirmationDelegate")
class RecordConfirmationDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final ReadReceipts receipts;
    private final Clock clock;

    RecordConfirmationDelegate(OrderExceptionRepository exceptions, ReadReceipts receipts, Clock clock) {
        this.exceptions = exceptions;
        this.receipts = receipts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        String by = ExceptionVariables.actor(execution, "confirmedBy");
        Object note = execution.getVariable("confirmNote");
        exception.confirm(by, note == null ? null : note.toString(), clock.instant());
        receipts.record(exception.getId(), by, ReadVia.IN_APP);
    }
}
