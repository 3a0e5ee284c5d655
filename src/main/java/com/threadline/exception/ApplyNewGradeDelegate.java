package com.threadline.exception;

import com.threadline.notification.InboxMessageRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The condition worsened and the decision gave a more severe grade: take it in place. The new roles
 * join the open task and are alerted; the running deadline timers are pulled in to the new grade's
 * deadlines, counted from when the task was opened.
 */
@Component("applyNewGradeDelegate")
class ApplyNewGradeDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final DecisionService decisions;
    private final ManagementService management;
    private final TaskService tasks;
    private final ExceptionNotices notices;
    private final AlertRounds rounds;
    private final InboxMessageRepository inbox;
    private final Clock clock;

    ApplyNewGradeDelegate(OrderExceptionRepository exceptions, DecisionService decisions, ManagementService management,
            TaskService tasks, ExceptionNotices notices, AlertRounds rounds, InboxMessageRepository inbox,
            Clock clock) {
        this.rounds = rounds;
        this.exceptions = exceptions;
        this.decisions = decisions;
        this.management = management;
        this.tasks = tasks;
        this.notices = notices;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String current = (String) execution.getVariable("priority");
        String proposed = (String) execution.getVariable("newPriority");
        if (proposed == null || proposed.compareTo(current) >= 0) {
            return;
        }
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        List<String> roles = new ArrayList<>(ExceptionVariables.roles(execution));
        List<String> added = rolesFor(execution, proposed).stream().filter(r -> !roles.contains(r)).toList();
        roles.addAll(added);
        Map<String, Object> deadlines = decisions.evaluateDecisionTableByKey("ResponseDeadlines")
                .variables(Map.of("priority", proposed)).evaluate().getSingleResult().getEntryMap();
        Integer responseMinutes = ExceptionVariables.minutes(deadlines, "responseMinutes");
        Integer planMinutes = ExceptionVariables.minutes(deadlines, "planMinutes");

        exception.graded(proposed, roles, responseMinutes, planMinutes, clock.instant());
        execution.setVariable("priority", proposed);
        execution.setVariable("roles", roles);
        execution.setVariable("deadlines", deadlines);
        ExceptionVariables.setDeadlines(execution, responseMinutes, planMinutes);

        String processInstanceId = execution.getProcessInstanceId();
        pullIn(processInstanceId, "Timer_ResponseDeadline", "Task_ConfirmHandling", responseMinutes);
        pullIn(processInstanceId, "Timer_PlanDeadline", "Task_SubmitSolutionPlan", planMinutes);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            added.forEach(role -> tasks.addCandidateGroup(task.getId(), role));
        }
        int round = inbox.lastRound(exception.getId()) + 1;
        List<String> recipients = notices.notifyRoles(exception, roles, round, "升级为 " + proposed + " ");
        rounds.alerted(execution, recipients);
        exception.notified(recipients, round, clock.instant());
    }

    private List<String> rolesFor(DelegateExecution execution, String priority) {
        return decisions.evaluateDecisionTableByKey("ResponsibleRoles")
                .variables(Variables.createVariables()
                        .putValue("type", execution.getVariable("type"))
                        .putValue("priority", priority)
                        .putValue("ownerRole", execution.getVariable("ownerRole")))
                .evaluate()
                .collectEntries("role");
    }

    private void pullIn(String processInstanceId, String timerId, String taskKey, Integer minutes) {
        if (minutes == null) {
            return;
        }
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).singleResult();
        if (task == null || timer == null) {
            return;
        }
        Date due = Date.from(task.getCreateTime().toInstant().plus(Duration.ofMinutes(minutes)));
        if (due.before(timer.getDuedate())) {
            management.setJobDuedate(timer.getId(), due);
        }
    }
}
