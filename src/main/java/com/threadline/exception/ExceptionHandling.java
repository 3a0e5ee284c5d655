package com.threadline.exception;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The exception's side of processes/exception-handling.bpmn: start it, tell it of changes, find its tasks. */
@Component
class ExceptionHandling {

    static final String PROCESS_KEY = "ExceptionHandling";
    static final String CONDITION_WORSENED = "ConditionWorsened";
    static final String SNOOZED = "Snoozed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;

    ExceptionHandling(RuntimeService runtime, TaskService tasks, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    String start(OrderException exception) {
        VariableMap variables = conditionOf(exception)
                .putValue("exceptionId", exception.getId())
                .putValue("orderNo", exception.getOrderNo())
                .putValue("type", exception.getType().name())
                .putValue("ownerRole", exception.getOwnerRole())
                .putValue("title", exception.getTitle());
        return runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(exception.getId()), variables).getId();
    }

    void conditionWorsened(OrderException exception) {
        runtime.createMessageCorrelation(CONDITION_WORSENED)
                .processInstanceId(exception.getProcessInstanceId())
                .setVariables(conditionOf(exception))
                .correlateAll();
    }

    /** Starts the wait for the snooze's end; a later snooze starts its own, and the earlier one then finds it on. */
    void snoozed(OrderException exception, Instant until) {
        runtime.createMessageCorrelation(SNOOZED)
                .processInstanceId(exception.getProcessInstanceId())
                .setVariable("snoozedUntil", Date.from(until))
                .correlate();
    }

    Optional<Task> openTask(OrderException exception, String... taskKeys) {
        return tasks.createTaskQuery().processInstanceId(exception.getProcessInstanceId())
                .taskDefinitionKeyIn(taskKeys).list().stream().findFirst();
    }

    void complete(Task task, VariableMap variables) {
        tasks.complete(task.getId(), variables);
    }

    /** What decisions/exception-grading.dmn reads: the condition now, and the slack left to the date at stake. */
    private VariableMap conditionOf(OrderException exception) {
        return Variables.createVariables()
                .putValue("slackDays", exception.slackDays(LocalDate.now(clock)))
                .putValue("delayDays", exception.getDelayDays())
                .putValue("valueShare", exception.getValueShare())
                .putValue("stage", exception.getStage().name());
    }
}
