package com.threadline.approval;

import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderService;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** /api/approvals: request, list, detail, decide and withdraw; every refusal leaves the request as it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    OrderService orders;

    private String orderNo;
    private ApiClient admin;
    private ApprovalApi merchandiser;
    private ApprovalApi owner;
    private ApprovalApi gm;

    @BeforeEach
    void openOrder() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        admin = new ApiClient(rest, json);
        merchandiser = new ApprovalApi(admin.as(userOf("merchandiser")));
        owner = new ApprovalApi(admin.as(userOf("businessOwner")));
        gm = new ApprovalApi(admin.as(userOf("gm")));
    }

    @Test
    void aRequestWaitsForItsFirstLevelAndShowsInTheListsOfThoseWhoDecideIt() {
        Response created = merchandiser.request(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 20000, "加订 500 米");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.body();
        assertThat(body.path("status").asText()).isEqualTo("PENDING");
        assertThat(body.path("requestedBy").asText()).isEqualTo(userOf("merchandiser"));
        assertThat(body.path("amount").decimalValue()).isEqualByComparingTo("20000");
        assertThat(body.path("levels").toString()).isEqualTo("[\"businessOwner\",\"gm\"]");
        assertThat(body.path("level").asInt()).isEqualTo(1);
        assertThat(body.path("waitingRole").asText()).isEqualTo("businessOwner");
        long id = body.path("id").asLong();

        assertThat(ids(owner.client().get("/api/approvals?mine=true"))).contains(id);
        assertThat(ids(gm.client().get("/api/approvals?mine=true"))).as("the GM follows every pending one")
                .contains(id);
        assertThat(ids(admin.as(userOf("qc")).get("/api/approvals?mine=true"))).doesNotContain(id);
        assertThat(ids(admin.as(userOf("qc")).get("/api/approvals?orderNo=" + orderNo))).containsExactly(id);
        assertThat(ids(admin.get("/api/approvals"))).contains(id);
    }

    @Test
    void aQuantityChangeIsApprovedByTheLevelsItsCostCalls() {
        Response small = merchandiser.client().post("/api/approvals", merchandiser.client().object()
                .put("orderNo", orderNo).put("kind", "QUANTITY_CHANGE").put("amount", 3000)
                .put("reason", "客户加单").put("newValue", "1500"));

        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        assertThat(small.body().path("kindLabel").asText()).isEqualTo("数量变更");
        assertThat(small.body().path("newValue").asText()).isEqualTo("1500");
        assertThat(small.body().path("levels").toString()).isEqualTo("[\"businessOwner\"]");
    }

    @Test
    void theDetailCarriesEveryDecision() {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 12000, "空运");
        owner.decide(id, "APPROVE", "先空运 200 件");

        Response detail = admin.as(userOf("qc")).get("/api/approvals/{id}", id);

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().path("waitingRole").asText()).isEqualTo("gm");
        JsonNode decision = detail.body().path("decisions").path(0);
        assertThat(decision.path("level").asInt()).isEqualTo(1);
        assertThat(decision.path("approver").asText()).isEqualTo(userOf("businessOwner"));
        assertThat(decision.path("decision").asText()).isEqualTo("APPROVE");
        assertThat(decision.path("comment").asText()).isEqualTo("先空运 200 件");
        assertThat(decision.path("decidedAt").isTextual()).isTrue();
    }

    @Test
    void aDeliveryDateChangeCountsTheDaysItMovesTheDueDate() {
        String newDate = data.orderRequest(orderNo).dueDate().plusDays(5).toString();

        Response created = merchandiser.request(orderNo, ChangeKind.DELIVERY_DATE_CHANGE, 0, newDate);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("delayDays").asInt()).isEqualTo(5);
        assertThat(created.body().path("levels").toString()).isEqualTo("[\"businessOwner\"]");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("orderNo", body -> body.put("orderNo", " ")),
                bad("orderNo", body -> body.put("orderNo", "X".repeat(41))),
                bad("kind", body -> body.remove("kind")),
                bad("kind", body -> body.put("kind", "NEW_STYLE")),
                bad("amount", body -> body.remove("amount")),
                bad("amount", body -> body.put("amount", -1)),
                bad("amount", body -> body.put("amount", "1.234")),
                bad("amount", body -> body.put("amount", "lots")),
                bad("reason", body -> body.put("reason", "")),
                bad("reason", body -> body.put("reason", "x".repeat(1001))),
                bad("newValue", body -> body.put("newValue", "x".repeat(256))),
                bad("newValue", body -> body.put("kind", "DELIVERY_DATE_CHANGE").put("newValue", "next week")),
                bad("newValue", body -> body.put("kind", "DELIVERY_DATE_CHANGE").remove("newValue")),
                bad("newValue", body -> body.put("kind", "QUANTITY_CHANGE").put("newValue", "一千件")),
                bad("newValue", body -> body.put("kind", "QUANTITY_CHANGE").put("newValue", "0")),
                bad("newValue", body -> body.put("kind", "QUANTITY_CHANGE").remove("newValue")));
    }

    private static Arguments bad(String field, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, breakIt);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badRequests")
    void aBadRequestNamesTheFieldAndCreatesNothing(String field, Consumer<ObjectNode> breakIt) {
        ObjectNode body = admin.object().put("orderNo", orderNo).put("kind", "EXTRA_COST").put("amount", 500)
                .put("reason", "打样费").put("newValue", "二次打样");
        breakIt.accept(body);

        Response refused = merchandiser.client().post("/api/approvals", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactly(field);
        assertThat(requestsOnOrder()).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Response refused = merchandiser.request("NO-SUCH-ORDER", ChangeKind.EXTRA_COST, 100, null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void aCancelledOrderTakesNoRequest() {
        orders.cancel(orderNo, "客户取消");

        Response refused = merchandiser.request(orderNo, ChangeKind.EXTRA_COST, 100, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(requestsOnOrder()).isEmpty();
    }

    static Stream<Arguments> badDecisions() {
        return Stream.of(
                Arguments.of("decision", "{\"comment\": \"ok\"}"),
                Arguments.of("decision", "{\"decision\": \"MAYBE\"}"),
                Arguments.of("comment", "{\"decision\": \"REJECT\"}"),
                Arguments.of("comment", "{\"decision\": \"REJECT\", \"comment\": \"  \"}"),
                Arguments.of("comment", "{\"decision\": \"APPROVE\", \"comment\": \"" + "x".repeat(1001) + "\"}"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badDecisions")
    void aBadDecisionNamesTheFieldAndDecidesNothing(String field, String body) {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 500, null);

        Response refused = owner.client().post("/api/approvals/{id}/decision", body, id);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly(field);
        assertUnchanged(id);
    }

    @Test
    void onlyThePeopleOfTheWaitingLevelsRoleDecide() {
        long id = merchandiser.requested(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 20000, null);

        for (String role : List.of("gm", "qc", "merchandiser")) {
            Response refused = new ApprovalApi(admin.as(userOf(role))).decide(id, "APPROVE", null);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(new ApprovalApi(admin).decide(id, "APPROVE", null).status()).as("admin").isEqualTo(403);
        assertUnchanged(id);
    }

    @Test
    void aDecidedRequestIsAConflict() {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 500, null);
        owner.decide(id, "REJECT", "不需要");

        Response again = owner.decide(id, "APPROVE", null);

        assertThat(again.status()).isEqualTo(409);
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("REJECTED");
        assertThat(stored.path("decisions")).hasSize(1);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThat(owner.get(Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(owner.decide(Long.MAX_VALUE, "APPROVE", null).status()).isEqualTo(404);
        assertThat(merchandiser.withdraw(Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void onlyTheRequesterWithdrawsAndOnlyOnce() {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 500, null);

        Response notTheirs = owner.withdraw(id);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertUnchanged(id);

        Response withdrawn = merchandiser.withdraw(id);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().hasNonNull("waitingRole")).isFalse();

        assertThat(merchandiser.withdraw(id).status()).isEqualTo(409);
        assertThat(owner.decide(id, "APPROVE", null).status()).isEqualTo(409);
        assertThat(ids(owner.client().get("/api/approvals?mine=true"))).doesNotContain(id);
    }

    private void assertUnchanged(long id) {
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("PENDING");
        assertThat(stored.path("level").asInt()).isEqualTo(1);
        assertThat(stored.path("decisions")).isEmpty();
    }

    private List<Long> requestsOnOrder() {
        return ids(admin.get("/api/approvals?orderNo=" + orderNo));
    }

    private static List<Long> ids(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return ApiClient.stream(list.body()).map(node -> node.path("id").asLong()).toList();
    }
}
