package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First alert (round 1) to everyone in the responsible roles. */
@Component("notifyResponsiblesDelegate")
class NotifyResponsiblesDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final ExceptionNotices notices;
    private final Clock clock;

    NotifyResponsiblesDelegate(OrderExceptionRepository exceptions, ExceptionNotices notices, Clock clock) {
        this.exceptions = exceptions;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        List<String> recipients = notices.notifyRoles(exception, ExceptionVariables.roles(execution), 1, "");
        exception.notified(recipients, 1, clock.instant());
    }
}
