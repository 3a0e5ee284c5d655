package com.threadline.order;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** POST /api/orders/{no}/reports and /api/orders/{no}/cancel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportAndCancelApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private LocalDate today;
    private String orderNo;
    private LocalDate due;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        today = testData.today();
        orderNo = TestData.uniqueOrderNo();
        due = today.plusDays(400 + ThreadLocalRandom.current().nextInt(2500));
        Response created = api.createOrder(testData.orderRequest(orderNo, due));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    // Reports ---------------------------------------------------------------------------------------------

    @Test
    void aReportBeforeTheProcessWaitsForItIsRecordedAndKeptForLater() {
        LocalDate date = today.minusDays(1);

        Response response = api.report(orderNo, report("CUTTING_DONE", date));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(response.body().path("type").asText()).isEqualTo("CUTTING_DONE");
        assertThat(response.body().path("date").asText()).isEqualTo(date.toString());
        assertThat(response.body().path("deliveredToProcess").asBoolean()).isFalse();
        assertThat(response.body().path("keptForLater").asBoolean()).isTrue();
        JsonNode order = api.order(orderNo).body();
        assertThat(milestone(order, "CUTTING_DONE").path("actualDate").asText()).isEqualTo(date.toString());
        assertThat(milestone(order, "CUTTING_DONE").path("done").asBoolean()).isTrue();
        assertThat(milestone(order, "CUTTING_START").path("actualDate").asText())
                .as("implied by cutting done").isEqualTo(date.toString());
        assertThat(milestone(order, "SEWING_START").has("actualDate")).isFalse();
        assertThat(order.path("stage").asText()).isEqualTo("DESIGN");
        assertThat(texts(order.get("currentActivities"), "id")).containsExactly("Task_ConfirmOrder");
        assertThat(order.path("delayDays").asInt()).isZero();
    }

    @Test
    void aReportTheProcessWaitsForIsDeliveredAndMovesItOn() {
        for (String task : List.of("Task_ConfirmOrder", "Task_ConfirmTechPack", "Task_ApproveSamples",
                "Task_BookMaterials")) {
            assertThat(api.completeOpenTask(orderNo, task).status()).as(task).isEqualTo(204);
        }
        JsonNode waiting = api.order(orderNo).body();
        assertThat(waiting.path("stage").asText()).isEqualTo("MATERIALS");
        assertThat(texts(waiting.get("currentActivities"), "id"))
                .containsExactlyInAnyOrder("Event_FabricShipped", "Event_MaterialsInHouse");

        Response response = api.report(orderNo, report("FABRIC_SHIPPED", today));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("deliveredToProcess").asBoolean()).isTrue();
        assertThat(response.body().path("keptForLater").asBoolean()).isFalse();
        JsonNode order = api.order(orderNo).body();
        assertThat(texts(order.get("currentActivities"), "id")).as("fabric branch waits at the join")
                .containsExactlyInAnyOrder("Event_MaterialsInHouse", "Gateway_MaterialReportsReceived");
        assertThat(milestone(order, "FABRIC_SHIPPED").path("actualDate").asText()).isEqualTo(today.toString());
        JsonNode fabric = order.get("materials").get(0);
        assertThat(fabric.path("kind").asText()).isEqualTo("FABRIC");
        assertThat(fabric.path("shippedDate").asText()).isEqualTo(today.toString());
        assertThat(fabric.path("eta").asText()).as("supplier transit 5 days").isEqualTo(today.plusDays(5).toString());
        assertThat(order.get("materials").get(1).has("shippedDate")).as("trims are not fabric").isFalse();
    }

    @Test
    void aReportOfAnUnknownTypeIs400NamingTheType() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.report(orderNo, api.object().put("type", "TEA_BREAK").put("date", today.toString()));

        assertInvalid(response, "type");
        assertThat(response.errorReason("type")).hasValueSatisfying(r -> assertThat(r).contains("TEA_BREAK"));
        assertUnchanged(before);
    }

    /* The problem names the request's own field, "date", not the milestone's "actualDate". */
    @Test
    void aReportDatedInTheFutureIs400NamingTheDateAndChangesNothing() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.report(orderNo, report("CUTTING_DONE", today.plusDays(1)));

        assertProblem(response, 400, "Invalid request");
        assertUnchanged(before);
        assertThat(response.errorFields()).containsExactly("date");
    }

    @Test
    void aReportWithoutTypeAndDateIs400NamingBoth() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.report(orderNo, api.object());

        assertInvalid(response, "date", "type");
        assertUnchanged(before);
    }

    @Test
    void aReportWithADateThatIsNotADateIs400() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.report(orderNo, api.object().put("type", "CUTTING_DONE").put("date", "last week"));

        assertInvalid(response, "date");
        assertUnchanged(before);
    }

    @Test
    void aReportForAnUnknownOrderIs404() {
        Response response = api.report("NO-SUCH-" + orderNo, report("CUTTING_DONE", today));

        assertProblem(response, 404, "Not found");
    }

    // Cancellation ----------------------------------------------------------------------------------------

    @Test
    void cancellingAnOrderEndsItsProcessAndKeepsTheReason() {
        Response response = api.cancel(orderNo, reason("客户取消：款式停产"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode order = response.body();
        assertThat(order.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.path("cancelReason").asText()).isEqualTo("客户取消：款式停产");
        assertThat(order.get("currentActivities")).isEmpty();
        assertThat(order.get("openTasks")).isEmpty();
        assertThat(order.get("milestones")).hasSize(29);
        assertThat(api.order(orderNo).body()).isEqualTo(order);
        Response cancelled = api.get("/api/orders?status=CANCELLED&dueFrom={a}&dueTo={b}&size=200", due, due);
        assertThat(texts(cancelled.body().get("items"), "orderNo")).contains(orderNo);
    }

    @Test
    void cancellingAnOrderWithAReportKeptForLaterStillEndsItsProcess() {
        assertThat(api.report(orderNo, report("CUTTING_DONE", today)).body().path("keptForLater").asBoolean())
                .isTrue();

        Response response = api.cancel(orderNo, reason("customer withdrew"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(response.body().get("currentActivities")).isEmpty();
    }

    @Test
    void cancellingTwiceIs409AndKeepsTheFirstReason() {
        api.cancel(orderNo, reason("first reason"));

        Response response = api.cancel(orderNo, reason("second reason"));

        assertProblem(response, 409, "Conflict");
        assertThat(response.body().path("detail").asText()).contains(orderNo).contains("CANCELLED");
        assertThat(api.order(orderNo).body().path("cancelReason").asText()).isEqualTo("first reason");
    }

    @Test
    void aCancelledOrderTakesNoActualDate() {
        JsonNode cancelled = api.cancel(orderNo, reason("customer withdrew")).body();

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", api.object().put("actualDate", today.toString()));

        assertProblem(response, 409, "Conflict");
        assertUnchanged(cancelled);
    }

    @Test
    void aCancelledOrderTakesNoExpectedDate() {
        JsonNode cancelled = api.cancel(orderNo, reason("customer withdrew")).body();

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE",
                api.object().put("expectedDate", today.plusDays(90).toString()).put("reason", "mill delay"));

        assertProblem(response, 409, "Conflict");
        assertUnchanged(cancelled);
    }

    @Test
    void aCancelledOrderTakesNoReport() {
        JsonNode cancelled = api.cancel(orderNo, reason("customer withdrew")).body();

        Response response = api.report(orderNo, report("CUTTING_DONE", today));

        assertProblem(response, 409, "Conflict");
        assertUnchanged(cancelled);
    }

    @Test
    void cancellingWithoutReasonIs400AndTheOrderStaysOpen() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.cancel(orderNo, api.object());

        assertInvalid(response, "reason");
        assertUnchanged(before);
        assertThat(before.path("status").asText()).isEqualTo("OPEN");
        assertThat(texts(before.get("currentActivities"), "id")).containsExactly("Task_ConfirmOrder");
    }

    @Test
    void cancellingWithABlankReasonIs400() {
        JsonNode before = api.order(orderNo).body();

        Response response = api.cancel(orderNo, reason(" "));

        assertInvalid(response, "reason");
        assertUnchanged(before);
    }

    @Test
    void cancellingAnUnknownOrderIs404() {
        Response response = api.cancel("NO-SUCH-" + orderNo, reason("whatever"));

        assertProblem(response, 404, "Not found");
    }

    // -----------------------------------------------------------------------------------------------------

    private ObjectNode report(String type, LocalDate date) {
        return api.object().put("type", type).put("date", date.toString());
    }

    private ObjectNode reason(String reason) {
        return api.object().put("reason", reason);
    }


    private void assertUnchanged(JsonNode before) {
        Response now = api.order(orderNo);
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.body()).isEqualTo(before);
    }

    private void assertInvalid(Response response, String... fields) {
        assertProblem(response, 400, "Invalid request");
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        assertThat(response.errorReasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    private static void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isEqualTo(title);
    }
}
