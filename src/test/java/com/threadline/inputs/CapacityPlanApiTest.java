package com.threadline.inputs;

import static com.threadline.inputs.InputApi.assertInvalid;
import static com.threadline.inputs.InputApi.assertOrigin;
import static com.threadline.inputs.InputApi.assertProblem;
import static com.threadline.inputs.InputApi.json;
import static com.threadline.inputs.InputApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** PUT and GET /api/orders/{orderNo}/capacity: the planned daily output per stage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapacityPlanApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    ReceivedInputs received;
    @Autowired
    Clock clock;
    @Autowired
    TestData data;

    private InputApi api;
    private String orderNo;
    private String path;
    private LocalDate today;

    /** An order of 1,200 pieces. */
    @BeforeEach
    void openOrder() {
        api = new InputApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        path = "/api/orders/" + orderNo + "/capacity";
        today = data.today();
    }

    @Test
    void aPlanIsStoredWithWhoMadeItWhenAndHow() {
        Instant before = clock.instant();
        ResponseEntity<JsonNode> response = api.put(path, plan("SEWING", 150, today.plusDays(40), today.plusDays(48)));
        Instant after = clock.instant();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = response.getBody();
        assertThat(plan.path("stage").asText()).isEqualTo("SEWING");
        assertThat(plan.path("dailyQuantity").asInt()).isEqualTo(150);
        assertThat(plan.path("fromDate").asText()).isEqualTo(today.plusDays(40).toString());
        assertThat(plan.path("toDate").asText()).isEqualTo(today.plusDays(48).toString());
        assertOrigin(plan, "planner", "API", before, after);
        assertThat(api.list(path)).containsExactly(plan);
        assertThat(received.of(orderNo)).containsExactly(InputKind.CAPACITY_PLAN);
    }

    @Test
    void aSecondPlanForTheSameStageReplacesTheFirst() {
        api.put(path, plan("SEWING", 150, today.plusDays(40), today.plusDays(48)));
        api.put(path, plan("CUTTING", 400, today.plusDays(37), today.plusDays(39)));

        ResponseEntity<JsonNode> replaced = api.put(path,
                with(plan("SEWING", 120, today.plusDays(41), today.plusDays(51)), "source", "MANUAL"));

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode listed = api.list(path);
        assertThat(listed).extracting(p -> p.path("stage").asText()).containsExactly("CUTTING", "SEWING");
        assertThat(listed.get(1).path("dailyQuantity").asInt()).isEqualTo(120);
        assertThat(listed.get(1).path("fromDate").asText()).isEqualTo(today.plusDays(41).toString());
        assertThat(listed.get(1).path("toDate").asText()).isEqualTo(today.plusDays(51).toString());
        assertThat(listed.get(1).path("source").asText()).isEqualTo("MANUAL");
        assertThat(received.of(orderNo)).hasSize(3).containsOnly(InputKind.CAPACITY_PLAN);
    }

    @Test
    void requiredFieldsAreNamed() {
        assertInvalid(api.put(path, json()), "stage", "dailyQuantity", "fromDate", "toDate", "reportedBy");
        assertNothingStored();
    }

    @Test
    void theDailyQuantityMustBePositiveAndAtMostTheOrderQuantity() {
        assertInvalid(api.put(path, plan("PACKING", 0, today, today.plusDays(5))), "dailyQuantity");
        assertInvalid(api.put(path, plan("PACKING", -5, today, today.plusDays(5))), "dailyQuantity");
        assertInvalid(api.put(path, plan("PACKING", 1201, today, today.plusDays(5))), "dailyQuantity");
        assertNothingStored();
        assertThat(api.put(path, plan("PACKING", 1200, today, today)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertInvalid(api.put(path, plan("SEWING", 100, today.plusDays(10), today.plusDays(9))), "fromDate");
        assertInvalid(api.put(path, plan("SEWING", 100, today.minusYears(5), today)), "fromDate");
        assertNothingStored();
    }

    @Test
    void aRefusedReplacementKeepsThePlanBefore() {
        api.put(path, plan("SEWING", 150, today.plusDays(40), today.plusDays(48)));

        assertInvalid(api.put(path, plan("SEWING", 2000, today.plusDays(40), today.plusDays(48))), "dailyQuantity");

        assertThat(api.list(path)).singleElement().satisfies(p -> assertThat(p.path("dailyQuantity").asInt()).isEqualTo(150));
        assertThat(received.of(orderNo)).containsExactly(InputKind.CAPACITY_PLAN);
    }

    @Test
    void unreadableBodiesAreRefused() {
        assertInvalid(api.put(path, with(plan("SEWING", 100, today, today), "stage", "DYEING")), "stage");
        assertProblem(api.put(path, "stage=SEWING"), HttpStatus.BAD_REQUEST, "Malformed request body");
        assertNothingStored();
    }

    @Test
    void anUnknownOrderIsNotFoundAndACancelledOneTakesNoPlan() {
        String unknown = "/api/orders/" + TestData.uniqueOrderNo() + "/capacity";
        assertProblem(api.put(unknown, plan("SEWING", 100, today, today)), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(unknown), HttpStatus.NOT_FOUND, "Not found");

        orders.cancel(orderNo, "customer dropped the style");
        assertProblem(api.put(path, plan("SEWING", 100, today, today)), HttpStatus.CONFLICT, "Conflict");
        assertNothingStored();
    }

    private static Map<String, Object> plan(String stage, int dailyQuantity, LocalDate from, LocalDate to) {
        return json("stage", stage, "dailyQuantity", dailyQuantity, "fromDate", from, "toDate", to,
                "reportedBy", "planner");
    }

    private void assertNothingStored() {
        assertThat(api.list(path)).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }
}
