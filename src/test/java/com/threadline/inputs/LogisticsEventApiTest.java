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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST and GET /api/orders/{orderNo}/logistics: bookings, departures and arrivals, expected and actual. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogisticsEventApiTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

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
    private OffsetDateTime now;

    @BeforeEach
    void openOrder() {
        api = new InputApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        path = "/api/orders/" + orderNo + "/logistics";
        now = OffsetDateTime.now(clock).withOffsetSameInstant(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void anExpectedDepartureIsStoredWithWhoReportedItWhenAndHow() {
        OffsetDateTime etd = now.plusDays(90).withHour(18).withMinute(0).withSecond(0);
        Instant before = clock.instant();
        ResponseEntity<JsonNode> response = api.post(path,
                json("kind", "ETD", "expectedAt", etd, "reference", "COSCO SHIPPING ARIES 047E", "reportedBy",
                        "forwarder.kn"));
        Instant after = clock.instant();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode event = response.getBody();
        assertThat(event.path("kind").asText()).isEqualTo("ETD");
        assertThat(Instant.parse(event.path("expectedAt").asText())).isEqualTo(etd.toInstant());
        assertThat(event.has("actualAt")).isFalse();
        assertThat(event.path("reference").asText()).isEqualTo("COSCO SHIPPING ARIES 047E");
        assertOrigin(event, "forwarder.kn", "API", before, after);
        assertThat(api.list(path)).containsExactly(event);
        assertThat(received.of(orderNo)).containsExactly(InputKind.LOGISTICS_EVENT);
    }

    @Test
    void everyReportIsKeptInTheOrderItCame() {
        api.post(path, json("kind", "BOOKING", "actualAt", now.minusHours(2), "reference", "BK-1", "reportedBy", "merch",
                "source", "MANUAL"));
        api.post(path, json("kind", "ETA", "expectedAt", now.plusDays(30), "actualAt", now.minusMinutes(1),
                "reportedBy", "forwarder.kn"));
        api.post(path, json("kind", "ETA", "expectedAt", now.plusDays(32), "reportedBy", "forwarder.kn"));

        JsonNode listed = api.list(path);

        assertThat(listed).extracting(e -> e.path("kind").asText()).containsExactly("BOOKING", "ETA", "ETA");
        assertThat(Instant.parse(listed.get(0).path("actualAt").asText())).isEqualTo(now.minusHours(2).toInstant());
        assertThat(listed.get(0).path("source").asText()).isEqualTo("MANUAL");
        assertThat(Instant.parse(listed.get(2).path("expectedAt").asText())).isEqualTo(now.plusDays(32).toInstant());
        assertThat(received.of(orderNo)).hasSize(3);
    }

    @Test
    void anExpectedOrAnActualTimeIsRequired() {
        assertInvalid(api.post(path, json("kind", "ETA", "reference", "V1", "reportedBy", "forwarder.kn")),
                "expectedAt", "actualAt");
        assertInvalid(api.post(path, json()), "kind", "reportedBy");
        assertNothingStored();
    }

    @Test
    void anActualTimeInTheFutureIsRefused() {
        assertInvalid(api.post(path, event("ARRIVAL", null, now.plusHours(1))), "actualAt");
        assertInvalid(api.post(path, event("ETD", now.plusDays(3), now.plusDays(2))), "actualAt");
        assertNothingStored();
    }

    @Test
    void timesFarFromTheOrderAreRefused() {
        assertInvalid(api.post(path, event("ETA", now.minusYears(3), null)), "expectedAt");
        assertInvalid(api.post(path, event("ETA", now.plusYears(3), null)), "expectedAt");
        assertInvalid(api.post(path, event("ARRIVAL", null, now.minusYears(3))), "actualAt");
        assertNothingStored();
    }

    @Test
    void unreadableValuesAndBodiesAreRefused() {
        assertInvalid(api.post(path, with(event("ETA", now, null), "expectedAt", "next Tuesday")), "expectedAt");
        assertInvalid(api.post(path, with(event("ETA", now, null), "kind", "CUSTOMS")), "kind");
        assertProblem(api.postRaw(path, "[]"), HttpStatus.BAD_REQUEST, "Malformed request body");
        assertProblem(api.postRaw(path, "{\"kind\": \"ETA\""), HttpStatus.BAD_REQUEST, "Malformed request body");
        assertNothingStored();
    }

    @Test
    void anUnknownOrderIsNotFoundAndACancelledOneTakesNoEvents() {
        String unknown = "/api/orders/" + TestData.uniqueOrderNo() + "/logistics";
        assertProblem(api.post(unknown, event("ETA", now, null)), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(unknown), HttpStatus.NOT_FOUND, "Not found");

        orders.cancel(orderNo, "customer dropped the style");
        assertProblem(api.post(path, event("ETA", now, null)), HttpStatus.CONFLICT, "Conflict");
        assertNothingStored();
    }

    private static Map<String, Object> event(String kind, OffsetDateTime expectedAt, OffsetDateTime actualAt) {
        return json("kind", kind, "expectedAt", expectedAt, "actualAt", actualAt, "reportedBy", "forwarder.kn");
    }

    private void assertNothingStored() {
        assertThat(api.list(path)).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }
}
