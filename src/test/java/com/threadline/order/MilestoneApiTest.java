package com.threadline.order;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.stream;
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

/**
 * POST /api/orders/{no}/milestones/{code}/actual and .../forecast: what happened, what is now expected, and
 * how the plan's forecasts and the order's delivery forecast follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MilestoneApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private LocalDate today;
    private String orderNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        today = testData.today();
        orderNo = TestData.uniqueOrderNo();
    }

    // Actual dates ----------------------------------------------------------------------------------------

    @Test
    void aLateActualDateShiftsEveryDownstreamForecastAndTheDeliveryByTheSlip() {
        // Opened 10 days ago, due in 80 days: the standard plan wanted the order confirmed 90 days ahead, i.e. 10 days
        // ago. While it is open its forecast is today, so the whole plan runs 10 days behind.
        LocalDate due = today.plusDays(80);
        JsonNode before = createOpenedTenDaysAgo();
        assertThat(milestone(before, "ORDER_CONFIRMED").path("plannedDate").asText())
                .isEqualTo(today.minusDays(10).toString());
        assertThat(slipDaysOfAll(before)).containsOnly(10L);
        assertThat(before.path("delayDays").asInt()).isEqualTo(10);

        // Confirmed 3 days ago: 7 days after plan, so everything after it is 7 days behind plan.
        LocalDate actual = today.minusDays(3);
        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(actual));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode order = response.body();
        JsonNode confirmed = milestone(order, "ORDER_CONFIRMED");
        assertThat(confirmed.path("actualDate").asText()).isEqualTo(actual.toString());
        assertThat(confirmed.path("forecastDate").asText()).isEqualTo(actual.toString());
        assertThat(confirmed.path("done").asBoolean()).isTrue();
        assertThat(confirmed.path("slipDays").asLong()).isEqualTo(7);
        JsonNode techPack = milestone(order, "TECH_PACK");
        assertThat(techPack.path("forecastDate").asText()).isEqualTo(today.plusDays(2).toString());
        assertThat(techPack.path("plannedDate").asText()).isEqualTo(today.minusDays(5).toString());
        assertThat(slipDaysOfAll(order)).containsOnly(7L);
        assertThat(milestone(order, "EX_FACTORY").path("forecastDate").asText()).isEqualTo(due.plusDays(7).toString());
        assertThat(milestone(order, "DELIVERED").path("forecastDate").asText())
                .isEqualTo(due.plusDays(33 + 7).toString());
        assertThat(order.path("forecastDeliveryDate").asText()).isEqualTo(due.plusDays(7).toString());
        assertThat(order.path("delayDays").asInt()).isEqualTo(7);
        assertThat(api.order(orderNo).body()).isEqualTo(order);
    }

    @Test
    void anEarlyActualDateDoesNotPullLaterMilestonesBeforeTheirPlan() {
        LocalDate due = today.plusDays(100);
        JsonNode before = create(due);

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode order = response.body();
        JsonNode confirmed = milestone(order, "ORDER_CONFIRMED");
        assertThat(confirmed.path("actualDate").asText()).isEqualTo(today.toString());
        assertThat(confirmed.path("slipDays").asLong()).isEqualTo(-10);
        assertThat(withoutMilestone(order, "ORDER_CONFIRMED")).isEqualTo(withoutMilestone(before, "ORDER_CONFIRMED"));
        assertThat(order.path("forecastDeliveryDate").asText()).isEqualTo(due.toString());
        assertThat(order.path("delayDays").asInt()).isZero();
    }

    @Test
    void aSecondActualDateCorrectsTheFirst() {
        // Planned 10 days ago; TECH_PACK follows 5 days later, so any confirmation up to 5 days ago sets the pace.
        createOpenedTenDaysAgo();
        assertThat(api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today.minusDays(1))).body()
                .path("delayDays").asInt()).isEqualTo(9);

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today.minusDays(4)));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(milestone(response.body(), "ORDER_CONFIRMED").path("actualDate").asText())
                .isEqualTo(today.minusDays(4).toString());
        assertThat(slipDaysOfAll(response.body())).containsOnly(6L);
        assertThat(response.body().path("delayDays").asInt()).isEqualTo(6);
    }

    @Test
    void anOpenMilestoneCannotBeForecastBeforeToday() {
        // Confirmed 8 days late, but TECH_PACK (planned 5 days ago, still open) cannot happen before today.
        createOpenedTenDaysAgo();

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today.minusDays(8)));

        assertThat(milestone(response.body(), "ORDER_CONFIRMED").path("slipDays").asLong()).isEqualTo(2);
        assertThat(milestone(response.body(), "TECH_PACK").path("forecastDate").asText()).isEqualTo(today.toString());
        assertThat(response.body().path("delayDays").asInt()).isEqualTo(5);
    }

    @Test
    void anActualDateInTheFutureIs400AndChangesNothing() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today.plusDays(1)));

        assertInvalid(response, "actualDate");
        assertThat(response.errorReason("actualDate")).hasValueSatisfying(r -> assertThat(r).contains("future"));
        assertUnchanged(before);
    }

    @Test
    void anActualDateForAnUnknownMilestoneIs404() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.recordActual(orderNo, "NO_SUCH_STEP", actualDate(today));

        assertProblem(response, 404, "Not found");
        assertThat(response.body().path("detail").asText()).contains("NO_SUCH_STEP");
        assertUnchanged(before);
    }

    @Test
    void anActualDateForAnUnknownOrderIs404() {
        Response response = api.recordActual("NO-SUCH-" + orderNo, "ORDER_CONFIRMED", actualDate(today));

        assertProblem(response, 404, "Not found");
    }

    @Test
    void anActualDateRequestWithoutTheDateIs400() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", api.object());

        assertInvalid(response, "actualDate");
        assertUnchanged(before);
    }

    @Test
    void anActualDateThatIsNotADateIs400() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.recordActual(orderNo, "ORDER_CONFIRMED", api.object().put("actualDate", "yesterday"));

        assertInvalid(response, "actualDate");
        assertUnchanged(before);
    }

    @Test
    void anActualDateRequestWithoutBodyIsAMalformedRequest() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.post("/api/orders/{no}/milestones/{code}/actual", "", orderNo, "ORDER_CONFIRMED");

        assertProblem(response, 400, "Malformed request body");
        assertUnchanged(before);
    }

    // Expected dates --------------------------------------------------------------------------------------

    @Test
    void aLaterExpectedDatePushesThatMilestoneAndEverythingDownstreamAndMakesTheOrderLate() {
        LocalDate due = today.plusDays(400 + ThreadLocalRandom.current().nextInt(2500));
        JsonNode before = create(due);
        LocalDate planned = LocalDate.parse(milestone(before, "FABRIC_IN_HOUSE").path("plannedDate").asText());
        assertThat(planned).isEqualTo(due.minusDays(40));

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", expectation(planned.plusDays(20), "mill delay"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode order = response.body();
        JsonNode fabric = milestone(order, "FABRIC_IN_HOUSE");
        assertThat(fabric.path("expectedDate").asText()).isEqualTo(planned.plusDays(20).toString());
        assertThat(fabric.path("forecastDate").asText()).isEqualTo(planned.plusDays(20).toString());
        assertThat(fabric.path("slipReason").asText()).isEqualTo("mill delay");
        assertThat(fabric.path("slipDays").asLong()).isEqualTo(20);
        assertThat(fabric.path("done").asBoolean()).isFalse();
        for (String downstream : List.of("FABRIC_INSPECTED", "PP_MEETING", "CUTTING_START", "SEWING_DONE", "PACKING",
                "FINAL_INSPECTION", "CUSTOMER_INSPECTION", "EX_FACTORY", "ETD", "DELIVERED")) {
            assertThat(milestone(order, downstream).path("slipDays").asLong()).as(downstream).isEqualTo(20);
        }
        for (String upstreamOrAside : List.of("ORDER_CONFIRMED", "TECH_PACK", "FABRIC_BOOKED", "FABRIC_SHIPPED",
                "PP_SAMPLE", "TRIMS_IN_HOUSE")) {
            assertThat(milestone(order, upstreamOrAside).path("slipDays").asLong()).as(upstreamOrAside).isZero();
        }
        assertThat(milestone(order, "EX_FACTORY").path("forecastDate").asText()).isEqualTo(due.plusDays(20).toString());
        assertThat(order.path("forecastDeliveryDate").asText()).isEqualTo(due.plusDays(20).toString());
        assertThat(order.path("delayDays").asInt()).isEqualTo(20);
        assertThat(api.order(orderNo).body()).isEqualTo(order);

        assertThat(orderNosDueOn(due, "true")).contains(orderNo);
        assertThat(orderNosDueOn(due, "false")).doesNotContain(orderNo);
    }

    @Test
    void anExpectedDateBeforeThePlanKeepsThePlan() {
        LocalDate due = today.plusDays(100);
        JsonNode before = create(due);
        LocalDate planned = LocalDate.parse(milestone(before, "FABRIC_IN_HOUSE").path("plannedDate").asText());

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", expectation(planned.minusDays(5), "early mill"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode fabric = milestone(response.body(), "FABRIC_IN_HOUSE");
        assertThat(fabric.path("expectedDate").asText()).isEqualTo(planned.minusDays(5).toString());
        assertThat(fabric.path("forecastDate").asText()).isEqualTo(planned.toString());
        assertThat(slipDaysOfAll(response.body())).containsOnly(0L);
        assertThat(response.body().path("delayDays").asInt()).isZero();
    }

    @Test
    void anExpectedDateOfTodayIsAccepted() {
        create(today.plusDays(100));

        Response response = api.forecast(orderNo, "ORDER_CONFIRMED", expectation(today, "confirming now"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(milestone(response.body(), "ORDER_CONFIRMED").path("expectedDate").asText())
                .isEqualTo(today.toString());
    }

    @Test
    void anExpectedDateInThePastIs400AndChangesNothing() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", expectation(today.minusDays(1), "too late"));

        assertInvalid(response, "expectedDate");
        assertThat(response.errorReason("expectedDate")).hasValueSatisfying(r -> assertThat(r).contains("past"));
        assertUnchanged(before);
    }

    @Test
    void anExpectationWithoutReasonIs400() {
        JsonNode before = create(today.plusDays(100));
        ObjectNode body = api.object().put("expectedDate", today.plusDays(90).toString());

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", body);

        assertInvalid(response, "reason");
        assertUnchanged(before);
    }

    @Test
    void anExpectationWithABlankReasonIs400() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", expectation(today.plusDays(90), "   "));

        assertInvalid(response, "reason");
        assertUnchanged(before);
    }

    @Test
    void anExpectationWithoutDateOrReasonIs400NamingBoth() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.forecast(orderNo, "FABRIC_IN_HOUSE", api.object());

        assertInvalid(response, "expectedDate", "reason");
        assertUnchanged(before);
    }

    @Test
    void anExpectationForAMilestoneAlreadyDoneIs400() {
        create(today.plusDays(100));
        JsonNode done = api.recordActual(orderNo, "ORDER_CONFIRMED", actualDate(today)).body();

        Response response = api.forecast(orderNo, "ORDER_CONFIRMED", expectation(today.plusDays(5), "redo"));

        assertInvalid(response, "expectedDate");
        assertThat(response.errorReason("expectedDate")).hasValueSatisfying(r -> assertThat(r).contains("done"));
        assertUnchanged(done);
    }

    @Test
    void anExpectationForAnUnknownMilestoneIs404() {
        JsonNode before = create(today.plusDays(100));

        Response response = api.forecast(orderNo, "NO_SUCH_STEP", expectation(today.plusDays(5), "whatever"));

        assertProblem(response, 404, "Not found");
        assertUnchanged(before);
    }

    @Test
    void anExpectationForAnUnknownOrderIs404() {
        Response response = api.forecast("NO-SUCH-" + orderNo, "EX_FACTORY", expectation(today.plusDays(5), "x"));

        assertProblem(response, 404, "Not found");
    }

    // -----------------------------------------------------------------------------------------------------

    /** A standard order due in 80 days that was opened 10 days ago (due in 90 then) and is not confirmed yet. */
    private JsonNode createOpenedTenDaysAgo() {
        create(today.plusDays(90));
        testData.openedDaysAgo(orderNo, 10);
        return api.order(orderNo).body();
    }

    private JsonNode create(LocalDate due) {
        Response created = api.createOrder(testData.orderRequest(orderNo, due));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body();
    }

    private ObjectNode actualDate(LocalDate date) {
        return api.object().put("actualDate", date.toString());
    }

    private ObjectNode expectation(LocalDate date, String reason) {
        return api.object().put("expectedDate", date.toString()).put("reason", reason);
    }

    private static List<Long> slipDaysOfAll(JsonNode order) {
        return stream(order.get("milestones")).map(m -> m.path("slipDays").asLong()).toList();
    }

    private static List<JsonNode> withoutMilestone(JsonNode order, String code) {
        return stream(order.get("milestones")).filter(m -> !code.equals(m.path("code").asText())).toList();
    }

    private List<String> orderNosDueOn(LocalDate due, String late) {
        Response page = api.get("/api/orders?late={l}&dueFrom={a}&dueTo={b}&factory={f}&size=200", late, due, due,
                TestData.FACTORY);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return texts(page.body().get("items"), "orderNo");
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
