package com.threadline.exception;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the solution plan (解决方案) of a P0/P1 exception. */
@Component("recordSolutionPlanDelegate")
class RecordSolutionPlanDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final Clock clock;

    RecordSolutionPlanDelegate(OrderExceptionRepository exceptions, Clock clock) {
        this.exceptions = exceptions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        Object recovery = execution.getVariable("expectedRecoveryDate");
        LocalDate expectedRecovery = recovery == null || recovery.toString().isBlank() ? null
                : LocalDate.parse(recovery.toString().substring(0, 10));
        exception.planSubmitted(String.valueOf(execution.getVariable("solutionPlan")), expectedRecovery,
                ExceptionVariables.actor(execution, "planBy"), clock.instant());
    }
}
