package com.threadline.exception;

import com.threadline.exception.OrderException.Review;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the exception with its review (复盘); another one of the same kind may now open. */
@Component("closeExceptionDelegate")
class CloseExceptionDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final Clock clock;

    CloseExceptionDelegate(OrderExceptionRepository exceptions, Clock clock) {
        this.exceptions = exceptions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        Object impact = execution.getVariable("deliveryImpactDays");
        Review review = new Review(text(execution, "rootCause"), text(execution, "measures"),
                impact == null ? null : ((Number) impact).intValue(), text(execution, "lessonsLearned"));
        exception.close(review, ExceptionVariables.actor(execution, "closedBy"), clock.instant());
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
