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

/** POST and GET /api/orders/{orderNo}/tech-pack-versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TechPackVersionApiTest {

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
        path = "/api/orders/" + orderNo + "/tech-pack-versions";
        now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aVersionIsStoredWithWhoReportedItWhenAndHow() {
        OffsetDateTime changedAt = now.minusDays(1);
        Instant before = clock.instant();
        ResponseEntity<JsonNode> response = api.post(path,
                json("version", "V2", "changedAt", changedAt, "summary", "collar height 7 cm → 6.5 cm",
                        "reportedBy", "tech", "source", "MANUAL"));
        Instant after = clock.instant();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode version = response.getBody();
        assertThat(version.path("version").asText()).isEqualTo("V2");
        assertThat(Instant.parse(version.path("changedAt").asText())).isEqualTo(changedAt.toInstant());
        assertThat(version.path("summary").asText()).isEqualTo("collar height 7 cm → 6.5 cm");
        assertOrigin(version, "tech", "MANUAL", before, after);
        assertThat(api.list(path)).containsExactly(version);
        assertThat(received.of(orderNo)).containsExactly(InputKind.TECH_PACK_VERSION);
    }

    @Test
    void withoutAChangeTimeTheVersionChangedNowAndVersionsListByChangeTime() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        api.post(path, json("version", "V3", "reportedBy", "tech"));
        api.post(path, json("version", "V2", "changedAt", now.minusDays(2), "reportedBy", "tech"));

        JsonNode listed = api.list(path);

        assertThat(listed).extracting(v -> v.path("version").asText()).containsExactly("V2", "V3");
        assertThat(Instant.parse(listed.get(1).path("changedAt").asText())).isBetween(before, clock.instant());
        assertThat(listed.get(1).path("source").asText()).isEqualTo("API");
    }

    @Test
    void aVersionTheOrderAlreadyHasIsAConflict() {
        api.post(path, version("V2"));

        assertProblem(api.post(path, version("V2")), HttpStatus.CONFLICT, "Conflict");
        assertProblem(api.post(path, version(" v2 ")), HttpStatus.CONFLICT, "Conflict");
        assertThat(api.list(path)).hasSize(1);
        assertThat(received.of(orderNo)).hasSize(1);
        assertThat(api.post("/api/orders/" + otherOrder() + "/tech-pack-versions", version("V2")).getStatusCode())
                .as("versions are per order").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badVersionsAreRefusedAndChangeNothing() {
        assertInvalid(api.post(path, json()), "version", "reportedBy");
        assertInvalid(api.post(path, with(version("V2"), "changedAt", now.plusHours(1))), "changedAt");
        assertInvalid(api.post(path, with(version("V2"), "changedAt", now.minusYears(3))), "changedAt");
        assertInvalid(api.post(path, with(version("V2"), "changedAt", "2026-13-01T00:00:00+08:00")), "changedAt");
        assertInvalid(api.post(path, with(version("V2"), "version", "V".repeat(33))), "version");
        assertProblem(api.postRaw(path, "version=V2"), HttpStatus.BAD_REQUEST, "Malformed request body");
        assertThat(api.list(path)).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }

    @Test
    void anUnknownOrderIsNotFoundAndACancelledOneTakesNoVersions() {
        String unknown = "/api/orders/" + TestData.uniqueOrderNo() + "/tech-pack-versions";
        assertProblem(api.post(unknown, version("V2")), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(unknown), HttpStatus.NOT_FOUND, "Not found");

        orders.cancel(orderNo, "customer dropped the style");
        assertProblem(api.post(path, version("V2")), HttpStatus.CONFLICT, "Conflict");
        assertThat(api.list(path)).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }

    private String otherOrder() {
        String other = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(other));
        return other;
    }

    private static Map<String, Object> version(String version) {
        return json("version", version, "summary", "new measurements", "reportedBy", "tech");
    }
}
