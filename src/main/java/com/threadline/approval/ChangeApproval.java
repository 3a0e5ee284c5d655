package com.threadline.approval;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The request's side of processes/change-approval.bpmn: start it, decide its waiting level, withdraw it. */
@Component
class ChangeApproval {

    static final String PROCESS_KEY = "ChangeApproval";
    static final String APPROVE_TASK = "Task_ApproveChange";
    static final String WITHDRAWN = "ChangeWithdrawn";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ChangeApproval(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Its own prefix: an exception's process has the bare id as its business key, and Cockpit shows both. */
    static String businessKey(Long requestId) {
        return "APR-" + requestId;
    }

    String start(ApprovalRequest request) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(request.getId()),
                Variables.createVariables()
                        .putValue("requestId", request.getId())
                        .putValue("orderNo", request.getOrderNo())
                        .putValue("kind", request.getKind().name())
                        .putValue("amount", request.getAmount().doubleValue())
                        .putValue("delayDays", request.getDelayDays()))
                .getId();
    }

    Optional<Task> waitingTask(ApprovalRequest request) {
        return tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(APPROVE_TASK).list().stream().findFirst();
    }

    /** Completes the level's task as {@code approver}, so Cockpit's history names who decided too. */
    void decide(Task task, String approver, Decision decision, String comment) {
        tasks.setAssignee(task.getId(), approver);
        tasks.complete(task.getId(), Variables.createVariables().putValue("decision", decision.name())
                .putValue("comment", comment).putValue("decidedBy", approver));
    }

    void withdraw(ApprovalRequest request) {
        runtime.createMessageCorrelation(WITHDRAWN).processInstanceId(request.getProcessInstanceId()).correlate();
    }

    static Long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariable("requestId")).longValue();
    }

    /** What the approval task and the gateway after it read: the waiting level, its role and how many there are. */
    static void waitFor(DelegateExecution execution, ApprovalRequest request) {
        execution.setVariable("level", request.getCurrentLevel());
        execution.setVariable("levelCount", request.levelCount());
        execution.setVariable("levelRole", request.getWaitingRole());
    }
}
