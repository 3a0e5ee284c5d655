package com.threadline.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
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

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String orderNo;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(data.orderRequest(orderNo));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aRecordedMilestoneReachesTheMerchandisersAndOwnersPagesButNoOneElses() throws Exception {
        try (EventStream merchandiser = open("merch"); EventStream owner = open("owner");
                EventStream outsider = open("outsider-" + UUID.randomUUID())) {
            Response recorded = api.recordActual(orderNo, "ORDER_CONFIRMED",
                    Map.of("actualDate", data.today().toString()));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

            assertThat(merchandiser.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText())
                    .isEqualTo("plan");
            assertThat(owner.next(OrderChangePush.EVENT, ofThisOrder()).path("cause").asText()).isEqualTo("plan");
            assertThat(outsider.receives(OrderChangePush.EVENT, ofThisOrder(), Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void aFactoryInputReachesThePagesOfTheOrdersPeople() throws Exception {
        try (EventStream merchandiser = open("merch")) {
            Response report = api.post("/api/orders/{no}/output", api.object()
                    .put("reportDate", data.today().toString()).put("stage", "CUTTING").put("quantity", 100)
                    .put("reportedBy", "factory.nb"), orderNo);
            assertThat(report.status()).as(report.toString()).isBetween(200, 201);

            JsonNode change = merchandiser.next(OrderChangePush.EVENT, ofThisOrder().and(
                    event -> event.path("cause").asText().startsWith("input:")));
            assertThat(change.path("cause").asText()).isEqualTo("input:PRODUCTION_OUTPUT");
        }
    }

    private Predicate<JsonNode> ofThisOrder() {
        return event -> orderNo.equals(event.path("orderNo").asText());
    }

    private EventStream open(String user) throws Exception {
        return EventStream.open(http, EventStream.get(
                URI.create("http://localhost:" + port + "/api/inbox/stream?user=" + user)), json);
    }
}
