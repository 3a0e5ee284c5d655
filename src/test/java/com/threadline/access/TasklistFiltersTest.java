package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.order.OrderService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersTest {

    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderService orders;
    @Autowired
    TestData data;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void myGroupsFilterShowsOnlyTasksForTheUsersGroups() {
        String orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        Filter myGroups = filters.createFilterQuery().filterName(TasklistFilters.MY_GROUPS).singleResult();

        identity.setAuthentication("inspector", List.of("qc"));
        List<Task> seenByQc = filters.list(myGroups.getId(), tasks.createTaskQuery().processInstanceBusinessKey(orderNo));
        identity.setAuthentication("merchandiser", List.of("merchandiser"));
        List<Task> seenByMerchandiser = filters.list(myGroups.getId(),
                tasks.createTaskQuery().processInstanceBusinessKey(orderNo));

        assertThat(seenByQc).isEmpty();
        assertThat(seenByMerchandiser).extracting(Task::getTaskDefinitionKey).containsExactly("Task_ConfirmOrder");
    }

    @Test
    void overdueFilterShowsMyGroupsTasksPastTheirDueDateOnly() {
        String orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).singleResult();
        Filter overdue = filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        identity.setAuthentication("merchandiser", List.of("merchandiser"));
        TaskQuery ofThisOrder = tasks.createTaskQuery().processInstanceBusinessKey(orderNo);

        assertThat(filters.list(overdue.getId(), ofThisOrder)).as("no due date").isEmpty();
        task.setDueDate(Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        tasks.saveTask(task);
        assertThat(filters.list(overdue.getId(), ofThisOrder)).as("due tomorrow").isEmpty();
        task.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        tasks.saveTask(task);
        assertThat(filters.list(overdue.getId(), ofThisOrder)).extracting(Task::getId).containsExactly(task.getId());
        identity.setAuthentication("inspector", List.of("qc"));
        assertThat(filters.list(overdue.getId(), ofThisOrder)).as("another group's").isEmpty();
    }

    @Test
    void claimedFilterShowsTheTasksTheUserClaimed() {
        String orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).singleResult();
        tasks.claim(task.getId(), "claimer-" + orderNo);
        Filter mine = filters.createFilterQuery().filterName(TasklistFilters.MINE).singleResult();

        // with authorizations on, Tasklist shows a filter to the groups of our roles
        identity.setAuthentication("claimer-" + orderNo, List.of("merchandiser"));

        List<Task> claimed = filters.list(mine.getId());

        assertThat(claimed).extracting(Task::getId).containsExactly(task.getId());
    }
}
