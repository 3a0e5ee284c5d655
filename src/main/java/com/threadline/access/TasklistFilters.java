package com.threadline.access;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives Tasklist the filters people work from: tasks waiting for one of my groups, those of them past their due date
 * (an exception's confirmation or plan; see {@code tasklist.TaskCards}), and tasks I have claimed. Each is evaluated
 * per user, so a QC inspector sees inspections, not rework plans.
 */
@Component
class TasklistFilters {

    static final String MY_GROUPS = "我的待办 (我的组)";
    static final String MINE = "我认领的任务";
    static final String OVERDUE = "已逾期 (我的组)";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createMissing() {
        create(MY_GROUPS, -10, "#1c7ed6", tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByTaskCreateTime().asc());
        create(MINE, -5, "#2f9e44", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                .orderByTaskCreateTime().asc());
        create(OVERDUE, -8, "#e03131", tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void create(String name, int priority, String color, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "color", color, "refresh", true));
        filters.saveFilter(filter);
    }
}
