package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the grade, roles and deadlines the decisions chose, and sets the timers' durations. */
@Component("recordGradeDelegate")
class RecordGradeDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final Clock clock;

    RecordGradeDelegate(OrderExceptionRepository exceptions, Clock clock) {
        this.exceptions = exceptions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable("deadlines");
        Integer responseMinutes = ExceptionVariables.minutes(deadlines, "responseMinutes");
        Integer planMinutes = ExceptionVariables.minutes(deadlines, "planMinutes");
        List<String> roles = ExceptionVariables.roles(execution);
        exception.graded((String) execution.getVariable("priority"), roles, responseMinutes, planMinutes,
                clock.instant());
        execution.setVariable("roles", roles);
        ExceptionVariables.setDeadlines(execution, responseMinutes, planMinutes);
    }
}
