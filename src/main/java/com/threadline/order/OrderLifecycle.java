package com.threadline.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/** The order's side of processes/order-lifecycle.bpmn: starting it, sending it messages, reading where it is. */
@Component
public class OrderLifecycle {

    public static final String PROCESS_KEY = "OrderLifecycle";
    public static final String ORDER_CANCELLED = "OrderCancelled";

    private final RuntimeService runtime;
    private final TaskService tasks;

    OrderLifecycle(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    String start(String orderNo) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, orderNo, Map.of("orderNo", orderNo)).getId();
    }

    /** Delivers a message to the order's process; false when the process is not waiting for it now. */
    boolean correlate(String orderNo, String messageName) {
        return !runtime.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(orderNo)
                .correlateAllWithResult()
                .isEmpty();
    }

    List<Activity> activeActivities(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        ActivityInstance root = runtime.getActivityInstance(processInstanceId);
        List<Activity> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        return leaves;
    }

    List<OpenTask> openTasks(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getCreateTime().toInstant()))
                .toList();
    }

    private static void collectLeaves(ActivityInstance instance, List<Activity> leaves) {
        if (instance == null) {
            return;
        }
        if (instance.getChildActivityInstances().length == 0) {
            leaves.add(new Activity(instance.getActivityId(), instance.getActivityName()));
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectLeaves(child, leaves);
        }
    }

    public record Activity(String id, String name) {
    }

    public record OpenTask(String id, String key, String name, String assignee, java.time.Instant created) {

        /** The task with {@code text} (the customer, where it is kept from the caller) taken out of its name. */
        OpenTask withoutText(String text) {
            return new OpenTask(id, key, name == null ? null : name.replace(" · " + text, ""), assignee, created);
        }
    }
}
