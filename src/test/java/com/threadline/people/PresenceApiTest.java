package com.threadline.people;

import static com.threadline.web.Problems.assertInvalid;
import static com.threadline.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Heartbeat, busy and presence over HTTP. The heartbeat is stamped by the application's clock; its age is
 * tested by asking for the presence at chosen moments after it, or by a heartbeat stored minutes back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PresenceApiTest {

    private static final String PRESENCE = "/api/people/{userId}/presence";
    private static final String HEARTBEAT = "/api/people/{userId}/heartbeat";
    private static final String BUSY = "/api/people/{userId}/busy";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople testPeople;
    @Autowired
    People people;
    @Autowired
    PersonContactRepository contacts;
    @Autowired
    Clock clock;

    private ApiClient api;
    private String userId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        userId = testPeople.newUser("计划");
    }

    @Test
    void withoutAHeartbeatEverThePresenceIsUnknown() {
        Response presence = api.get(PRESENCE, userId);

        assertThat(presence.status()).as(presence.toString()).isEqualTo(200);
        assertThat(presence.body()).isEqualTo(api.object().put("userId", userId).put("presence", "UNKNOWN"));
    }

    @Test
    void aHeartbeatMakesThePersonOnlineAndIsStampedByTheClockInWholeSeconds() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Response beat = api.post(HEARTBEAT, null, userId);
        Instant after = clock.instant();

        assertThat(beat.status()).as(beat.toString()).isEqualTo(200);
        assertThat(beat.body().path("presence").asText()).isEqualTo("ONLINE");
        assertThat(Instant.parse(beat.body().path("lastHeartbeatAt").asText())).isBetween(before, after);
        assertThat(api.get(PRESENCE, userId).body()).isEqualTo(beat.body());
    }

    @Test
    void theHeartbeatCountsForTwoMinutes() {
        api.post(HEARTBEAT, null, userId);
        Instant heartbeat = contacts.findByUserId(userId).orElseThrow().getLastHeartbeatAt();

        assertThat(people.reachabilityAt(userId, heartbeat.plusSeconds(119)).presence()).isEqualTo(Presence.ONLINE);
        assertThat(people.reachabilityAt(userId, heartbeat.plusSeconds(120)).presence()).isEqualTo(Presence.OFFLINE);
        assertThat(people.reachabilityAt(userId, heartbeat.plus(Duration.ofHours(8))).presence())
                .isEqualTo(Presence.OFFLINE);
    }

    @Test
    void aHeartbeatThreeMinutesOldIsOfflineAndTheNextOneBringsThePersonBack() {
        api.post(HEARTBEAT, null, userId);
        contacts.recordHeartbeat(userId, clock.instant().minus(Duration.ofMinutes(3)));

        assertThat(api.get(PRESENCE, userId).body().path("presence").asText()).isEqualTo("OFFLINE");

        api.post(HEARTBEAT, null, userId);

        assertThat(api.get(PRESENCE, userId).body().path("presence").asText()).isEqualTo("ONLINE");
    }

    @Test
    void aHeartbeatKeepsTheCardAsItIs() {
        api.put("/api/people/{userId}/contact", api.object().put("displayName", "刘计划").put("mobile", "13700000001"),
                userId);

        api.post(HEARTBEAT, null, userId);

        assertThat(api.get("/api/people/{userId}/contact", userId).body().path("mobile").asText())
                .isEqualTo("+8613700000001");
    }

    @Test
    void aBusyPersonIsBusyUntilTheyAreNot() {
        api.post(HEARTBEAT, null, userId);
        OffsetDateTime until = OffsetDateTime.now(clock).plusHours(1).withNano(0);

        Response busy = api.put(BUSY, api.object().put("until", until.plusNanos(900_000_000).toString()), userId);

        assertThat(busy.status()).as(busy.toString()).isEqualTo(200);
        assertThat(busy.body().path("presence").asText()).isEqualTo("BUSY");
        assertThat(Instant.parse(busy.body().path("busyUntil").asText())).as("whole seconds")
                .isEqualTo(until.toInstant());
        Instant heartbeat = Instant.parse(busy.body().path("lastHeartbeatAt").asText());
        assertThat(people.reachabilityAt(userId, until.toInstant().minusSeconds(1)).presence())
                .isEqualTo(Presence.BUSY);
        assertThat(people.reachabilityAt(userId, until.toInstant()).presence()).isEqualTo(Presence.OFFLINE);

        Response notBusy = api.delete(BUSY, userId);

        assertThat(notBusy.status()).as(notBusy.toString()).isEqualTo(200);
        assertThat(notBusy.body()).isEqualTo(api.object().put("userId", userId).put("presence", "ONLINE")
                .put("lastHeartbeatAt", heartbeat.toString()));
    }

    @Test
    void busyWithoutEverAHeartbeatIsBusy() {
        Response busy = api.put(BUSY, api.object().put("until", OffsetDateTime.now(clock).plusMinutes(30).toString()),
                userId);

        assertThat(busy.body().path("presence").asText()).isEqualTo("BUSY");
        assertThat(busy.body().has("lastHeartbeatAt")).isFalse();
    }

    @Test
    void busyMustEndInTheNextTwelveHoursAndABadEndChangesNothing() {
        OffsetDateTime now = OffsetDateTime.now(clock);

        assertInvalid(api.put(BUSY, api.object().put("until", now.minusMinutes(1).toString()), userId), "until");
        assertInvalid(api.put(BUSY, api.object().put("until", now.plusHours(13).toString()), userId), "until");
        assertInvalid(api.put(BUSY, api.object().put("until", "tomorrow"), userId), "until");
        assertInvalid(api.put(BUSY, api.object(), userId), "until");

        assertThat(api.get(PRESENCE, userId).body().path("presence").asText()).isEqualTo("UNKNOWN");
        assertThat(contacts.findByUserId(userId)).isEmpty();
    }

    @Test
    void anUnknownPersonIs404AndLeavesNoTrace() {
        String nobody = TestPeople.unknownUser();

        assertProblem(api.post(HEARTBEAT, null, nobody), 404, "Not found");
        assertProblem(api.get(PRESENCE, nobody), 404, "Not found");
        assertProblem(api.put(BUSY, api.object().put("until", OffsetDateTime.now(clock).plusHours(1).toString()),
                nobody), 404, "Not found");
        assertProblem(api.delete(BUSY, nobody), 404, "Not found");

        assertThat(contacts.findByUserId(nobody)).isEmpty();
    }
}
