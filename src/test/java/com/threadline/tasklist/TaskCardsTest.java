package com.threadline.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.exception.ExceptionsUnderTest;
import com.threadline.order.ApiClient;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.OrderService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every user task is named after its order (what to do · order number · customer), as a Tasklist card shows it;
 * an exception's confirmation is due when its response is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskCardsTest {

    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    TestData data;
    @Autowired
    ExceptionsUnderTest.Fixtures exceptions;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void anOrdersTaskCarriesItsNumberAndCustomer() {
        String orderNo = TestData.uniqueOrderNo();
        CreateOrderRequest request = data.orderRequest(orderNo);
        orders.create(request);

        Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).singleResult();

        assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmOrder");
        assertThat(confirm.getName()).isEqualTo("确认订单 · " + orderNo + " · " + request.customer());
    }

    @Test
    void anExceptionsConfirmationCarriesItsOrdersNumberAndItsDeadline() {
        ExceptionsUnderTest fixtures = exceptions.using(new ApiClient(rest, json));
        String orderNo = fixtures.newOrder();
        long id = fixtures.open(fixtures.materialDelay(orderNo, 3));

        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).list();

        assertThat(open).extracting(Task::getName).containsExactly("确认处理 · " + orderNo + " · "
                + data.orderRequest("unused").customer());
        String deadline = new ApiClient(rest, json).get("/api/exceptions/{id}", id).body().path("summary")
                .path("responseDueAt").asText();
        assertThat(open.get(0).getDueDate().toInstant())
                .isCloseTo(Instant.parse(deadline), within(1, ChronoUnit.SECONDS));
    }

    @Test
    void aLongNameIsCutToWhatTheEngineStores() {
        assertThat(TaskCards.name("批复样品", "TL-2026-0030", "x".repeat(300))).hasSize(255)
                .startsWith("批复样品 · TL-2026-0030 · x");
    }
}
