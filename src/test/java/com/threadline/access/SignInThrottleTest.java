package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.people.TestPeople;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The brute-force throttle: after five wrong passwords in a row a login is refused even with the right one until
 * its lock ends or the administrator lifts it, on the form and over HTTP Basic alike; an unknown login answers
 * exactly like a known one, and is locked alike; too many failures from one address lock the address; every
 * failure, lock and refusal is in the security trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

    private static final String LOCAL = "127.0.0.1";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Value("${threadline.access.sign-in.max-failures-per-login}")
    int perLogin;
    @Value("${threadline.access.sign-in.max-failures-per-address}")
    int perAddress;

    private ApiClient admin;

    @BeforeEach
    void freshAddress() {
        admin = new ApiClient(rest, json);
        data.ensureRoleUsers();
        timePassesFor(LOCAL);
    }

    /** Other tests sign in from this address too: whatever this test locked, time lifts it. */
    @AfterEach
    void addressFreeAgain() {
        timePassesFor(LOCAL);
    }

    @Test
    void afterTheLimitTheRightPasswordIsRefusedOverBasicUntilTheLockEnds() {
        String me = people.newUser("锁定");
        for (int i = 0; i < perLogin; i++) {
            assertThat(admin.withPassword(me, "wrong" + i).get("/api/me").status()).isEqualTo(401);
        }

        assertThat(admin.as(me).get("/api/me").status()).as("the right password, while locked").isEqualTo(401);
        JsonNode user = admin.get("/api/users/" + me).body();
        assertThat(user.hasNonNull("lockedUntil")).as("the lock shows on the user").isTrue();
        assertThat(trail(me)).containsSubsequence("REFUSED", "LOCKED", "FAILED");

        timePassesFor(me);
        assertThat(admin.as(me).get("/api/me").status()).isEqualTo(200);
        assertThat(admin.get("/api/users/" + me).body().hasNonNull("lockedUntil")).isFalse();
    }

    @Test
    void theRightPasswordEndsARunOfFailuresSoTheNextRunStartsFromNothing() {
        String me = people.newUser("差一点");
        for (int run = 0; run < 2; run++) {
            for (int i = 1; i < perLogin; i++) {
                assertThat(admin.withPassword(me, "wrong" + i).get("/api/me").status()).isEqualTo(401);
            }
            assertThat(admin.as(me).get("/api/me").status()).as("run %d ends with the right password", run)
                    .isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_lock WHERE subject = ?", Integer.class, me))
                .as("no run of failures left for the login").isZero();
        assertThat(trail(me)).doesNotContain("LOCKED", "REFUSED");
    }

    @Test
    void anUnknownLoginAnswersExactlyLikeAKnownOneAndIsLockedAlike() {
        String known = people.newUser("已知");
        String unknown = TestPeople.unknownUser();
        for (int i = 0; i < perLogin; i++) {
            Response knownAnswer = admin.withPassword(known, "wrong").get("/api/me");
            Response unknownAnswer = admin.withPassword(unknown, "wrong").get("/api/me");
            assertThat(unknownAnswer.status()).isEqualTo(knownAnswer.status()).isEqualTo(401);
            assertThat(withoutTime(unknownAnswer.body())).isEqualTo(withoutTime(knownAnswer.body()));
            assertThat(unknownAnswer.headers().get("WWW-Authenticate"))
                    .isEqualTo(knownAnswer.headers().get("WWW-Authenticate"));
        }

        assertThat(redirect(new BrowserSession(port).signIn(known, TestData.PASSWORD))).endsWith("/login.html?locked");
        assertThat(redirect(new BrowserSession(port).signIn(unknown, TestData.PASSWORD))).endsWith("/login.html?locked");
        assertThat(trail(unknown)).contains("LOCKED");
    }

    @Test
    void theFormIsThrottledAndTheAdministratorLiftsTheLock() {
        String me = people.newUser("表单");
        for (int i = 0; i < perLogin; i++) {
            assertThat(redirect(new BrowserSession(port).signIn(me, "wrong"))).endsWith("/login.html?error");
        }
        assertThat(redirect(new BrowserSession(port).signIn(me, TestData.PASSWORD))).endsWith("/login.html?locked");

        JsonNode lock = ApiClient.stream(admin.get("/api/users/sign-in-locks").body())
                .filter(l -> me.equals(l.path("subject").asText())).findFirst().orElseThrow();
        assertThat(lock.path("kind").asText()).isEqualTo("LOGIN");
        assertThat(admin.as(TestData.userOf("merchandiser")).delete("/api/users/sign-in-locks/" + lock.path("id"))
                .status()).as("only the administrator lifts a lock").isEqualTo(403);
        assertThat(admin.delete("/api/users/sign-in-locks/" + lock.path("id")).status()).isEqualTo(204);

        BrowserSession session = new BrowserSession(port);
        assertThat(redirect(session.signIn(me, TestData.PASSWORD))).doesNotContain("error", "locked");
        assertThat(session.get("/api/me").statusCode()).isEqualTo(200);
        JsonNode unlocked = ApiClient.stream(admin.get("/api/users/sign-in-events?size=500").body())
                .filter(e -> "UNLOCKED".equals(e.path("event").asText()) && me.equals(e.path("login").asText()))
                .findFirst().orElseThrow();
        assertThat(unlocked.path("doneBy").asText()).isEqualTo(TestLogins.ADMIN);
    }

    @Test
    void tooManyFailuresFromOneAddressLockTheAddressForEveryLogin() {
        String innocent = people.newUser("同一地址");
        for (int i = 0; i < perAddress; i++) {
            // each guess at another login, so no login reaches its own limit
            admin.withPassword(TestPeople.unknownUser(), "guess").get("/api/me");
        }

        assertThat(admin.as(innocent).get("/api/me").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_event WHERE event = 'LOCKED' AND login IS NULL"
                + " AND address = ?", Integer.class, LOCAL)).isPositive();

        timePassesFor(LOCAL);
        assertThat(admin.as(innocent).get("/api/me").status()).isEqualTo(200);
    }

    private static JsonNode withoutTime(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("timestamp");
        }
        return copy;
    }

    /** The events of a login, newest first. */
    private List<String> trail(String login) {
        return jdbc.queryForList("SELECT event FROM sign_in_event WHERE login = ? ORDER BY id DESC", String.class,
                login);
    }

    /** Moves a subject's failures and lock a day into the past, as if that day had gone by. */
    private void timePassesFor(String subject) {
        Timestamp dayAgo = Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS));
        jdbc.update("UPDATE sign_in_lock SET last_failure_at = ?, locked_until = CASE WHEN locked_until IS NULL"
                + " THEN NULL ELSE ? END WHERE subject = ?", dayAgo, dayAgo, subject);
    }

    private static String redirect(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
