package com.threadline.exception;

import static com.threadline.exception.ExceptionsUnderTest.MERCHANDISER;
import static com.threadline.exception.ExceptionsUnderTest.PURCHASER;
import static com.threadline.exception.ExceptionsUnderTest.expectOk;
import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderRepository;
import com.threadline.plan.Stage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /api/exceptions over HTTP: the filtered list, the detail with its timeline and deliveries, and each step
 * of the handling (confirm, plan, actions, verify, close) with the answers to steps out of turn and bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExceptionApiTest {

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderRepository orders;
    @Autowired
    EntityManager entities;
    @Autowired
    PlatformTransactionManager transactions;

    private ApiClient api;
    private ExceptionsUnderTest exceptions;
    private String orderNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        exceptions = fixtures.using(api);
        orderNo = exceptions.newOrder();
    }

    // List ------------------------------------------------------------------------------------------------

    @Test
    void theListFiltersByOrderTypePriorityStatusAndOverdue() {
        long p1 = exceptions.open(exceptions.materialDelay(orderNo, 3));
        long p3 = exceptions.open(exceptions.finding(orderNo, ExceptionType.DELIVERY_DELAY, "ORDER", Stage.DESIGN, 0,
                1.0, "merchandiser", TestData.FACTORY, null));

        assertThat(ids("orderNo=" + orderNo)).containsExactly(p1, p3);
        assertThat(ids("orderNo=" + orderNo + "&type=MATERIAL_DELAY")).containsExactly(p1);
        assertThat(ids("orderNo=" + orderNo + "&priority=P3")).containsExactly(p3);
        assertThat(ids("orderNo=" + orderNo + "&status=OPEN")).containsExactly(p1, p3);
        assertThat(ids("orderNo=" + orderNo + "&status=CONFIRMED")).isEmpty();
        // A P3 has no response deadline: it is never overdue, and so is listed as not overdue.
        assertThat(ids("orderNo=" + orderNo + "&overdue=true")).isEmpty();
        assertThat(ids("orderNo=" + orderNo + "&overdue=false")).containsExactly(p1, p3);

        pushResponseDeadlineIntoThePast(p1);
        Response overdue = api.get("/api/exceptions?orderNo={no}&overdue=true", orderNo);
        assertThat(texts(overdue.body().path("items"), "id")).containsExactly(String.valueOf(p1));
        JsonNode item = overdue.body().path("items").get(0);
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(item.path("priority").asText()).isEqualTo("P1");
        assertThat(item.path("typeLabel").asText()).isEqualTo("面辅料延误");
        assertThat(overdue.body().path("total").asLong()).isEqualTo(1);
        assertThat(ids("orderNo=" + orderNo + "&overdue=false")).containsExactly(p3);

        expectOk(exceptions.confirm(p1, PURCHASER));
        assertThat(ids("orderNo=" + orderNo + "&status=CONFIRMED")).containsExactly(p1);
        assertThat(ids("orderNo=" + orderNo + "&overdue=true")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "priority=P9, priority",
            "priority=p1, priority",
            "type=NOT_A_TYPE, type",
            "status=SOMEWHERE, status",
            "overdue=maybe, overdue",
            "size=0, size",
            "page=-1, page"})
    void aBadFilterIsA400NamingTheField(String query, String field) {
        Response response = api.get("/api/exceptions?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly(field);
    }

    // Detail ----------------------------------------------------------------------------------------------

    @Test
    void theDetailShowsTheTimelineTheDeliveriesAndWhatTheProcessWaitsFor() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        Response response = exceptions.detail(id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode detail = response.body();
        assertThat(detail.path("summary").path("id").asLong()).isEqualTo(id);
        assertThat(detail.path("summary").path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(detail.path("summary").path("priority").asText()).isEqualTo("P1");
        assertThat(detail.path("summary").path("status").asText()).isEqualTo("OPEN");
        assertThat(detail.path("factoryCode").asText()).isEqualTo(TestData.FACTORY);
        assertThat(detail.path("supplierCode").asText()).isEqualTo(TestData.FABRIC_SUPPLIER);
        assertThat(stream(detail.path("roles")).map(JsonNode::asText)).containsExactlyInAnyOrder("purchaser",
                "merchandiser");
        assertThat(texts(detail.path("timeline"), "kind")).containsExactly("DETECTED", "GRADED", "NOTIFIED");
        assertThat(texts(detail.path("deliveries"), "recipient")).containsExactlyInAnyOrder(MERCHANDISER, PURCHASER);
        assertThat(stream(detail.path("deliveries")))
                .allSatisfy(d -> {
                    assertThat(d.path("round").asInt()).isEqualTo(1);
                    assertThat(d.path("channel").asText()).isEqualTo("IN_APP");
                    assertThat(d.has("readAt")).isFalse();
                });
        assertThat(stream(detail.path("waitingFor")).map(JsonNode::asText)).containsExactly("Task_ConfirmHandling");
    }

    @Test
    void anUnknownExceptionIs404() {
        Response response = exceptions.detail(Long.MAX_VALUE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    // Confirm ---------------------------------------------------------------------------------------------

    @Test
    void confirmingMarksTheAlertReadAndConfirmingAgainIs409() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        Response confirmed = exceptions.confirm(id, PURCHASER);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        JsonNode detail = confirmed.body();
        assertThat(detail.path("summary").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(detail.path("confirmedBy").asText()).isEqualTo(PURCHASER);
        assertThat(detail.path("summary").path("confirmedAt").isTextual()).isTrue();
        assertThat(stream(detail.path("deliveries")).filter(d -> d.path("recipient").asText().equals(PURCHASER)))
                .allSatisfy(d -> assertThat(d.path("readAt").isTextual()).isTrue());
        assertThat(stream(detail.path("waitingFor")).map(JsonNode::asText)).containsExactly("Task_SubmitSolutionPlan");

        Response again = exceptions.confirm(id, MERCHANDISER);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void confirmingWithoutSayingWhoIsTheSignedInUsersConfirmation() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        Response response = api.as(PURCHASER).post("/api/exceptions/{id}/confirm", api.object().put("note", "on it"),
                id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("confirmedBy").asText()).isEqualTo(PURCHASER);
    }

    @Test
    void nobodyTakesAStepInSomeoneElsesName() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        Response response = api.as(PURCHASER).post("/api/exceptions/{id}/confirm",
                api.object().put("by", MERCHANDISER).put("note", "on it"), id);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("by");
        Response unchanged = exceptions.detail(id);
        assertThat(unchanged.body().path("summary").path("status").asText()).isEqualTo("OPEN");
        JsonNode confirmedBy = unchanged.body().path("confirmedBy");
        assertThat(confirmedBy.isMissingNode() || confirmedBy.isNull()).as("nobody confirmed").isTrue();
    }

    @Test
    void myExceptionsAreTheOpenOnesOfMyRoleAndAllOfThemForTheGm() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        assertThat(idsOfMine(PURCHASER)).contains(id);
        assertThat(idsOfMine(TestData.userOf("gm"))).contains(id);
        assertThat(idsOfMine(TestData.userOf("qc"))).doesNotContain(id);
    }

    private List<Long> idsOfMine(String login) {
        Response mine = api.as(login).get("/api/exceptions?mine=true&orderNo={orderNo}", orderNo);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        return stream(mine.body().path("items")).map(item -> item.path("id").asLong()).toList();
    }

    // Plan ------------------------------------------------------------------------------------------------

    @Test
    void aP1TakesASolutionPlanAfterConfirmation() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        Response early = exceptions.plan(id, PURCHASER, "air-freight half the fabric");
        assertThat(early.status()).as("a plan before confirmation").isEqualTo(409);
        expectOk(exceptions.confirm(id, PURCHASER));

        Response planned = exceptions.plan(id, PURCHASER, "air-freight half the fabric");

        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(planned.body().path("summary").path("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.body().path("solutionPlan").asText()).isEqualTo("air-freight half the fabric");
        assertThat(planned.body().path("expectedRecoveryDate").asText())
                .isEqualTo(exceptions.today().plusDays(5).toString());
        assertThat(stream(planned.body().path("waitingFor")).map(JsonNode::asText))
                .containsExactly("Task_VerifyResolution");
    }

    @Test
    void aP2NeedsNoPlanSoSubmittingOneIs409() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 1));
        assertThat(exceptions.detail(id).body().path("summary").path("priority").asText()).isEqualTo("P2");
        expectOk(exceptions.confirm(id, PURCHASER));

        Response response = exceptions.plan(id, PURCHASER, "nothing to plan");

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aPlanWithoutTextIs400() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));

        Response response = api.post("/api/exceptions/{id}/plan", api.object(), id);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("plan");
    }

    // Actions ---------------------------------------------------------------------------------------------

    @Test
    void anActionBeforeConfirmationIs409() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));

        Response response = exceptions.action(id, exceptions.action("OVERTIME", "Saturday shift"));

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void anActionThatMovesAMilestoneReforecastsTheOrderAndAlertsEveryone() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));
        JsonNode before = api.order(orderNo).body();
        LocalDate newDate = LocalDate.parse(milestone(before, "FABRIC_IN_HOUSE").path("forecastDate").asText())
                .plusDays(10);

        Response response = exceptions.action(id, exceptions.action("SWITCH_LOGISTICS", "air freight 800 m")
                .put("milestoneCode", "FABRIC_IN_HOUSE").put("newDate", newDate.toString())
                .put("evidenceUrl", "https://files.example/awb-123.jpg"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode action = response.body().path("actions").get(0);
        assertThat(action.path("kind").asText()).isEqualTo("SWITCH_LOGISTICS");
        assertThat(action.path("milestoneCode").asText()).isEqualTo("FABRIC_IN_HOUSE");
        assertThat(action.path("newDate").asText()).isEqualTo(newDate.toString());
        assertThat(action.path("takenBy").asText()).isEqualTo(PURCHASER);
        assertThat(texts(response.body().path("timeline"), "kind")).contains("ACTION");
        assertThat(stream(response.body().path("deliveries")).filter(d -> d.path("round").asInt() == 2)
                .map(d -> d.path("recipient").asText())).containsExactlyInAnyOrder(PURCHASER, MERCHANDISER);

        JsonNode after = api.order(orderNo).body();
        assertThat(milestone(after, "FABRIC_IN_HOUSE").path("forecastDate").asText()).isEqualTo(newDate.toString());
        assertThat(LocalDate.parse(after.path("forecastDeliveryDate").asText()))
                .isAfter(LocalDate.parse(before.path("forecastDeliveryDate").asText()));
        assertThat(after.path("delayDays").asInt()).isGreaterThan(before.path("delayDays").asInt());
    }

    @Test
    void aMilestoneWithoutANewDateIs400OnNewDate() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));

        Response response = exceptions.action(id, exceptions.action("RESCHEDULE", "move sewing")
                .put("milestoneCode", "SEWING_START"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("newDate");
        assertThat(exceptions.detail(id).body().path("actions")).isEmpty();
    }

    @Test
    void anUnknownKindOfActionIs400OnKind() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));

        Response response = exceptions.action(id, exceptions.action("PRAY", "hope for the best"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("kind");
    }

    // Verify and close ------------------------------------------------------------------------------------

    @Test
    void anUnresolvedVerificationKeepsItAtVerificationAndAResolvedOneMovesItToReview() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));
        expectOk(exceptions.plan(id, PURCHASER, "air-freight half the fabric"));

        Response notYet = exceptions.verify(id, false);

        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(200);
        assertThat(notYet.body().path("summary").path("status").asText()).isEqualTo("PLANNED");
        assertThat(stream(notYet.body().path("waitingFor")).map(JsonNode::asText))
                .containsExactly("Task_VerifyResolution");
        assertThat(texts(notYet.body().path("timeline"), "kind")).endsWith("VERIFIED_NOT_RESOLVED");

        Response resolved = exceptions.verify(id, true);

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.body().path("summary").path("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.body().path("resolvedAt").isTextual()).isTrue();
        assertThat(stream(resolved.body().path("waitingFor")).map(JsonNode::asText))
                .containsExactly("Task_ReviewException");
    }

    @Test
    void aVerificationWithoutAVerdictIs400() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 1));
        expectOk(exceptions.confirm(id, PURCHASER));

        Response response = api.post("/api/exceptions/{id}/verify", api.object(), id);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("resolved");
    }

    @Test
    void closingNeedsARootCauseAndThenClosesWithTheReview() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        Response tooEarly = exceptions.close(id, "mill dye-lot rejected");
        assertThat(tooEarly.status()).as("closing before the review step").isEqualTo(409);
        expectOk(exceptions.confirm(id, PURCHASER));
        expectOk(exceptions.plan(id, PURCHASER, "air-freight half the fabric"));
        expectOk(exceptions.verify(id, true));

        Response missing = exceptions.close(id, null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.errorFields()).containsExactly("rootCause");
        Response negative = api.post("/api/exceptions/{id}/close",
                exceptions.closing("mill dye-lot rejected").put("deliveryImpactDays", -1), id);
        assertThat(negative.errorFields()).containsExactly("deliveryImpactDays");

        Response closed = exceptions.close(id, "mill dye-lot rejected");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode detail = closed.body();
        assertThat(detail.path("summary").path("status").asText()).isEqualTo("CLOSED");
        assertThat(detail.path("closedBy").asText()).isEqualTo(MERCHANDISER);
        assertThat(detail.path("closedAt").isTextual()).isTrue();
        assertThat(detail.path("rootCause").asText()).isEqualTo("mill dye-lot rejected");
        assertThat(detail.path("measures").asText()).isEqualTo("air freight, second mill booked");
        assertThat(detail.path("deliveryImpactDays").asInt()).isEqualTo(2);
        assertThat(detail.path("lessonsLearned").asText()).isEqualTo("book two mills for key fabrics");
        assertThat(detail.path("waitingFor")).isEmpty();
        assertThat(texts(detail.path("timeline"), "kind")).endsWith("VERIFIED_RESOLVED", "CLOSE_DECISION", "CLOSED");
        assertThat(ids("orderNo=" + orderNo + "&status=CLOSED")).containsExactly(id);

        Response afterwards = exceptions.action(id, exceptions.action("OTHER", "too late"));
        assertThat(afterwards.status()).as("an action on a closed exception").isEqualTo(409);
    }

    // Audit trail ------------------------------------------------------------------------------------------

    @Test
    void openingConfirmingAndActingOnAnExceptionAreEachRecordedUnderItsOrder() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));
        expectOk(exceptions.action(id, exceptions.action("OVERTIME", "Saturday shift")));

        List<JsonNode> trail = auditEntries("OrderException");
        assertThat(trail).allSatisfy(e -> assertThat(e.path("entityId").asLong()).isEqualTo(id));
        JsonNode opened = trail.get(trail.size() - 1);
        assertThat(opened.path("action").asText()).isEqualTo("CREATE");
        assertThat(opened.path("changes").path("status")).hasToString("[null,\"OPEN\"]");
        assertThat(opened.path("who").asText()).isEqualTo("system");
        assertThat(opened.path("client").asText()).as("a monitor's work").isEqualTo("system");

        JsonNode confirmed = trail.stream().filter(e -> e.path("changes").has("confirmedBy")).findFirst()
                .orElseThrow(() -> new AssertionError("no confirmation in " + trail));
        assertThat(confirmed.path("action").asText()).isEqualTo("UPDATE");
        assertThat(confirmed.path("changes").path("status")).hasToString("[\"OPEN\",\"CONFIRMED\"]");
        assertThat(confirmed.path("changes").path("confirmedBy")).hasToString("[null,\"" + PURCHASER + "\"]");
        assertThat(confirmed.path("client").asText()).as("an HTTP request").isNotEqualTo("system");
        assertThat(confirmed.path("address").asText()).isEqualTo("127.0.0.1");

        JsonNode action = auditEntries("ExceptionAction").get(0);
        assertThat(action.path("action").asText()).isEqualTo("CREATE");
        assertThat(action.path("changes").path("kind")).hasToString("[null,\"OVERTIME\"]");
        assertThat(action.path("changes").path("exception")).hasToString("[null," + id + "]");
    }

    // Helpers ---------------------------------------------------------------------------------------------

    private List<Long> ids(String query) {
        Response response = api.get("/api/exceptions?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        return stream(response.body().path("items")).map(item -> item.path("id").asLong()).toList();
    }

    private void pushResponseDeadlineIntoThePast(long id) {
        Instant past = Instant.now().minus(Duration.ofMinutes(1));
        new TransactionTemplate(transactions).executeWithoutResult(status -> entities
                .createQuery("update OrderException e set e.responseDueAt = :due where e.id = :id")
                .setParameter("due", past).setParameter("id", id).executeUpdate());
    }

    private List<JsonNode> auditEntries(String entity) {
        Response response = api.get("/api/orders/{no}/audit?entity={entity}", orderNo, entity);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return stream(response.body().path("items")).toList();
    }
}
