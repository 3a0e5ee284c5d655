package com.threadline.audit;

import static com.threadline.order.ApiClient.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.inputs.ProductionOutput;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderService;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/orders/{no}/audit over HTTP: what each kind of change leaves in an order's audit trail, who and
 * which client it names, and that a rejected request leaves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailApiTest {

    private static final String PHONE_IN_WECOM = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.22 MicroMessenger/7.0.1";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    OrderService orders;
    @Autowired
    IdentityService identity;
    @Autowired
    EntityManager entities;
    @Autowired
    PlatformTransactionManager transactions;

    private ApiClient api;
    private LocalDate today;
    private String orderNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        today = data.today();
        orderNo = TestData.uniqueOrderNo();
    }

    @Test
    void creatingAnOrderRecordsTheCreationOfTheOrderItsMaterialsAndItsPlan() {
        JsonNode order = create(today.plusDays(100));

        JsonNode created = only(entries("Order").stream().filter(e -> e.path("action").asText().equals("CREATE"))
                .toList());
        assertThat(change(created, "orderNo")).containsExactly(null, orderNo);
        assertThat(change(created, "quantity")).containsExactly(null, "1200");
        assertThat(created.path("changes").has("cancelReason")).as("fields left empty").isFalse();
        assertThat(created.path("who").asText()).isEqualTo(TestLogins.ADMIN);
        assertThat(created.path("address").asText()).isEqualTo("127.0.0.1");

        List<JsonNode> milestones = entries("Milestone");
        assertThat(milestones).hasSize(order.path("milestones").size())
                .allSatisfy(m -> assertThat(m.path("action").asText()).isEqualTo("CREATE"));
        assertThat(milestones).extracting(m -> change(m, "code").get(1))
                .containsExactlyInAnyOrderElementsOf(stream(order.path("milestones"))
                        .map(m -> m.path("code").asText()).toList());
        List<JsonNode> lines = entries("MaterialLine");
        assertThat(lines.stream().filter(e -> e.path("action").asText().equals("CREATE")).toList())
                .extracting(m -> change(m, "description").get(1)).containsExactlyInAnyOrder("shell fabric", "zips");
        assertThat(lines.stream().filter(e -> !e.path("action").asText().equals("CREATE")).toList())
                .as("the start checks find no stock: the fabric is to be bought, the zips were ordered already")
                .extracting(m -> change(m, "supply")).containsExactlyInAnyOrder(
                        java.util.Arrays.asList(null, "PURCHASE_REQUESTED"), java.util.Arrays.asList(null, "ON_ORDER"));
    }

    @Test
    void anActualDateRecordsBeforeAndAfterOfThatMilestoneOfTheReforecastOnesAndOfTheDelivery() {
        // As in MilestoneApiTest: opened 10 days ago, the plan runs 10 days behind; confirmed 3 days ago it runs 7.
        LocalDate due = today.plusDays(80);
        JsonNode order = create(today.plusDays(90));
        data.openedDaysAgo(orderNo, 10);
        LocalDate actual = today.minusDays(3);

        Response recorded = api.recordActual(orderNo, "ORDER_CONFIRMED", api.object().put("actualDate",
                actual.toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        List<JsonNode> updates = entries("Milestone").stream()
                .filter(e -> e.path("action").asText().equals("UPDATE")).toList();
        JsonNode confirmed = only(updates.stream().filter(e -> e.path("changes").has("actualDate")).toList());
        assertThat(change(confirmed, "actualDate")).containsExactly(null, actual.toString());
        assertThat(change(confirmed, "forecastDate")).containsExactly(today.toString(), actual.toString());
        assertThat(updates).as("every milestone's forecast moved 3 days earlier")
                .hasSize(order.path("milestones").size())
                .allSatisfy(e -> {
                    List<String> forecast = change(e, "forecastDate");
                    assertThat(LocalDate.parse(forecast.get(1)))
                            .isEqualTo(LocalDate.parse(forecast.get(0)).minusDays(3));
                });
        JsonNode delivery = entries("Order").get(0);
        assertThat(delivery.path("action").asText()).isEqualTo("UPDATE");
        assertThat(change(delivery, "forecastDeliveryDate"))
                .containsExactly(due.plusDays(10).toString(), due.plusDays(7).toString());
        assertThat(change(delivery, "delayDays")).containsExactly("10", "7");
    }

    @Test
    void aMonitoringInputNamesTheClientFromItsHeaderOrElseItsUserAgentAndTheAddress() {
        create(today.plusDays(100));

        assertThat(postOutput(Map.of("X-Client", "mobile-h5", "User-Agent", PHONE_IN_WECOM), 300).getStatusCode()
                .value()).isEqualTo(201);
        assertThat(postOutput(Map.of("User-Agent", PHONE_IN_WECOM), 100).getStatusCode().value()).isEqualTo(200);

        List<JsonNode> outputs = entries("ProductionOutput");
        assertThat(outputs).hasSize(2);
        JsonNode second = outputs.get(0);
        JsonNode first = outputs.get(1);
        assertThat(change(first, "quantity")).containsExactly(null, "300");
        assertThat(first.path("client").asText()).isEqualTo("mobile-h5");
        assertThat(second.path("client").asText()).isEqualTo("wxwork/4.1.22");
        assertThat(first.path("action").asText()).isEqualTo("CREATE");
        assertThat(second.path("action").asText()).as("the same day and stage again corrects it").isEqualTo("UPDATE");
        assertThat(change(second, "quantity")).containsExactly("300", "100");
        assertThat(outputs).allSatisfy(e -> {
            assertThat(e.path("who").asText()).isEqualTo(TestLogins.ADMIN);
            assertThat(e.path("address").asText()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void deletingARowRecordsTheValuesItHad() {
        create(today.plusDays(100));
        assertThat(postOutput(Map.of(), 300).getStatusCode().value()).isEqualTo(201);
        long outputId = only(entries("ProductionOutput")).path("entityId").asLong();

        new TransactionTemplate(transactions).executeWithoutResult(
                status -> entities.remove(entities.find(ProductionOutput.class, outputId)));

        JsonNode deleted = entries("ProductionOutput").get(0);
        assertThat(deleted.path("action").asText()).isEqualTo("DELETE");
        assertThat(deleted.path("entityId").asLong()).isEqualTo(outputId);
        assertThat(change(deleted, "quantity")).containsExactly("300", null);
        assertThat(change(deleted, "stage")).containsExactly("CUTTING", null);
        assertThat(deleted.path("client").asText()).isEqualTo("system");
    }

    @Test
    void aRejectedRequestRecordsNothing() {
        create(today.plusDays(100));
        long before = trail(null).path("total").asLong();

        assertThat(postOutput(Map.of(), 5000).getStatusCode().value()).as("more than the order allows")
                .isEqualTo(400);
        Response future = api.recordActual(orderNo, "ORDER_CONFIRMED", api.object().put("actualDate",
                today.plusDays(1).toString()));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);

        assertThat(trail(null).path("total").asLong()).isEqualTo(before);
    }

    @Test
    void aChangeMadeForAUserTheEngineKnowsNamesThatUserAndNoClient() {
        create(today.plusDays(100));

        identity.setAuthentication("tplanner", List.of("planner"));
        try {
            orders.recordActual(orderNo, "ORDER_CONFIRMED", today);
        } finally {
            identity.clearAuthentication();
        }
        orders.expect(orderNo, "TECH_PACK", today.plusDays(30), "late fabric");

        List<JsonNode> milestones = entries("Milestone");
        JsonNode expected = only(milestones.stream().filter(e -> e.path("changes").has("slipReason")).toList());
        assertThat(change(expected, "slipReason")).containsExactly(null, "late fabric");
        assertThat(expected.path("who").asText()).isEqualTo("system");
        assertThat(expected.path("client").asText()).isEqualTo("system");
        assertThat(expected.has("address")).isFalse();
        JsonNode confirmed = only(milestones.stream().filter(e -> e.path("changes").has("actualDate")).toList());
        assertThat(confirmed.path("who").asText()).isEqualTo("tplanner");
        assertThat(confirmed.path("client").asText()).isEqualTo("system");
    }

    @Test
    void theTrailPagesNewestFirstAndFiltersByEntity() {
        create(today.plusDays(100));
        api.recordActual(orderNo, "ORDER_CONFIRMED", api.object().put("actualDate", today.toString()));

        JsonNode all = trail(null);
        JsonNode firstPage = api.get("/api/orders/{no}/audit?size=2", orderNo).body();
        JsonNode secondPage = api.get("/api/orders/{no}/audit?size=2&page=1", orderNo).body();

        assertThat(firstPage.path("total").asLong()).isEqualTo(all.path("total").asLong());
        assertThat(firstPage.path("items")).hasSize(2);
        assertThat(firstPage.path("items").get(0).path("action").asText()).isEqualTo("UPDATE");
        assertThat(stream(all.path("items")).skip(2).findFirst().orElseThrow())
                .isEqualTo(secondPage.path("items").get(0));
        assertThat(stream(all.path("items")).map(e -> e.path("at").asText()).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(stream(trail("MaterialLine").path("items")).map(e -> e.path("entity").asText()))
                .as("the lines' creation and the start checks' purchase requests").hasSize(4)
                .containsOnly("MaterialLine");
    }

    @Test
    void anUnknownOrderIs404AndAnUnknownEntityOrPageA400Problem() {
        create(today.plusDays(100));

        assertThat(api.get("/api/orders/{no}/audit", "NO-SUCH-ORDER").status()).isEqualTo(404);
        Response unknown = api.get("/api/orders/{no}/audit?entity=Invoice&size=0", orderNo);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(unknown.errorFields()).containsExactlyInAnyOrder("entity", "size");
        assertThat(unknown.errorReason("entity").orElseThrow()).contains("Milestone", "OrderException");
    }

    @Test
    void theEndpointIsInTheOpenApiDocs() {
        assertThat(api.get("/v3/api-docs").body().path("paths").has("/api/orders/{orderNo}/audit")).isTrue();
    }

    private JsonNode create(LocalDate due) {
        Response created = api.createOrder(data.orderRequest(orderNo, due));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body();
    }

    private ResponseEntity<JsonNode> postOutput(Map<String, String> headers, int quantity) {
        HttpHeaders http = new HttpHeaders();
        http.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(http::set);
        Map<String, Object> body = Map.of("reportDate", today.toString(), "stage", "CUTTING", "quantity", quantity,
                "reportedBy", "factory.nb");
        return TestLogins.asAdmin(rest).exchange("/api/orders/{no}/output", HttpMethod.POST, new HttpEntity<>(body, http),
                JsonNode.class, orderNo);
    }

    private JsonNode trail(String entity) {
        Response response = entity == null
                ? api.get("/api/orders/{no}/audit?size=200", orderNo)
                : api.get("/api/orders/{no}/audit?size=200&entity={entity}", orderNo, entity);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    /** The order's entries about one entity type, newest first. */
    private List<JsonNode> entries(String entity) {
        List<JsonNode> entries = stream(trail(entity).path("items")).toList();
        assertThat(entries).allSatisfy(e -> assertThat(e.path("entity").asText()).isEqualTo(entity));
        return entries;
    }

    private static JsonNode only(List<JsonNode> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** [before, after] of a field as text, null where it was or became empty. */
    private static List<String> change(JsonNode entry, String field) {
        JsonNode change = entry.path("changes").path(field);
        assertThat(change.size()).as("%s changed in %s", field, entry).isEqualTo(2);
        return stream(change).map(v -> v.isNull() ? null : v.asText()).toList();
    }
}
