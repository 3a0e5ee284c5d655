package com.threadline.live;

import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.CreateOrderRequest;
import com.threadline.people.TestPeople;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One end updates, all related know: a change to an order reaches the open pages of its people, and only theirs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderChangePushTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    TestPeople people;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String orderNo;
    private String merchandiser;
    private String owner;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        orderNo = TestData.uniqueOrderNo();
        merchandiser = people.newUser("跟单");
        owner = people.newUser("业务");
        CreateOrderRequest standard = data.orderRequest(orderNo);
        Response created = api.createOrder(new CreateOrderRequest(orderNo, standard.customer(), standard.style(),
                standard.productType(), standard.quantity(), standard.dueDate(), standard.factoryCode(), merchandiser,
                owner, standard.materials(), null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aRecordedMilestoneReachesTheOrdersPeopleAndItsFactoryButNoOneElse() throws Exception {
        try (EventStream merchandisers = open(merchandiser); EventStream owners = open(owner);
                EventStream factorys = open(data.factoryUser()); EventStream outsiders = open(people.newUser("旁人"))) {
            Response recorded = api.recordActual(orderNo, "ORDER_CONFIRMED",
                    Map.of("actualDate", data.today().toString()));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

            assertThat(merchandisers.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText())
                    .isEqualTo("plan");
            assertThat(owners.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText()).isEqualTo("plan");
            assertThat(factorys.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText()).isEqualTo("plan");
            assertThat(outsiders.receives(OrderChangePush.EVENT, ofThisOrder(), Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void aFactoryInputReachesThePagesOfTheOrdersPeople() throws Exception {
        try (EventStream merchandisers = open(merchandiser)) {
            Response report = api.post("/api/orders/{no}/output", api.object()
                    .put("reportDate", data.today().toString()).put("stage", "CUTTING").put("quantity", 100)
                    .put("reportedBy", "factory.nb"), orderNo);
            assertThat(report.status()).as(report.toString()).isBetween(200, 201);

            JsonNode change = merchandisers.next(OrderChangePush.EVENT, ofThisOrder().and(
                    event -> event.path("cause").asText().startsWith("input:")));
            assertThat(change.path("cause").asText()).isEqualTo("input:PRODUCTION_OUTPUT");
        }
    }

    @Test
    void aChangeRequestReachesItsApproversAndTheOrdersStaffButNotItsFactory() throws Exception {
        data.ensureRoleUsers();
        try (EventStream merchandisers = open(merchandiser); EventStream approvers = open(userOf("businessOwner"));
                EventStream factorys = open(data.factoryUser())) {
            Response requested = api.post("/api/approvals", api.object().put("orderNo", orderNo)
                    .put("kind", "EXTRA_COST").put("amount", 500).put("reason", "加急快递"));
            assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
            long id = requested.body().path("id").asLong();

            Predicate<JsonNode> thisRequest = ofThisOrder().and(event -> event.path("approvalId").asLong() == id);
            assertThat(merchandisers.next(OrderChangePush.EVENT, thisRequest).path("cause").asText())
                    .isEqualTo("approval");
            assertThat(approvers.next(OrderChangePush.EVENT, thisRequest).path("cause").asText())
                    .isEqualTo("approval");
            assertThat(factorys.receives(OrderChangePush.EVENT, ofThisOrder(), Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void anOpenPageOfTheOrderHearsOfItsChangesWhoeverHasItOpen() throws Exception {
        String visitor = people.newUser("访客");
        try (EventStream orderPage = watch(orderNo, visitor); EventStream otherPage = watch(otherOrder(), visitor)) {
            Response moved = api.forecast(orderNo, "FABRIC_IN_HOUSE", Map.of("expectedDate",
                    data.today().plusDays(60).toString(), "reason", "面料晚到"));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

            assertThat(orderPage.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText()).isEqualTo("plan");
            assertThat(otherPage.receives(OrderChangePush.EVENT, ofThisOrder(), Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void thereIsNoStreamOfAnUnknownOrder() throws Exception {
        HttpResponse<String> response = http.send(EventStream.signedIn(orderStream("NO-SUCH-ORDER"),
                people.newUser("访客")).header("Accept", "text/event-stream").build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private String otherOrder() {
        String other = TestData.uniqueOrderNo();
        assertThat(api.createOrder(data.orderRequest(other)).status()).isEqualTo(201);
        return other;
    }

    private EventStream watch(String order, String user) throws Exception {
        return EventStream.open(http, EventStream.signedIn(orderStream(order), user), json);
    }

    private URI orderStream(String order) {
        return URI.create("http://localhost:" + port + "/api/orders/" + order + "/stream");
    }

    private Predicate<JsonNode> ofThisOrder() {
        return event -> orderNo.equals(event.path("orderNo").asText());
    }

    private EventStream open(String user) throws Exception {
        return EventStream.open(http, EventStream.signedIn(URI.create("http://localhost:" + port + "/api/inbox/stream"),
                user), json);
    }
}
