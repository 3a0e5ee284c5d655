package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/notifications/test and GET /api/notifications/deliveries, with only the inbox configured. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople testPeople;
    @Autowired
    InboxMessageRepository inbox;

    private ApiClient api;
    private String userId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        userId = testPeople.newUser("管理员");
    }

    @Test
    void aTestMessageInTheInboxIsSentAndLogged() {
        Response sent = api.post("/api/notifications/test", api.object().put("channel", "INBOX").put("userId", userId));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        JsonNode row = sent.body();
        assertThat(row.path("channel").asText()).isEqualTo("INBOX");
        assertThat(row.path("status").asText()).isEqualTo("SENT");
        assertThat(row.path("attempts").asInt()).isEqualTo(1);
        String inboxMessageId = String.valueOf(
                inbox.findByRecipientOrderByCreatedAtDesc(userId, PageRequest.of(0, 1)).get(0).getId());
        assertThat(row.path("providerMessageId").asText()).isEqualTo(inboxMessageId);
        assertThat(row.path("attemptLog")).singleElement().satisfies(attempt -> {
            assertThat(attempt.path("attemptNo").asInt()).isEqualTo(1);
            assertThat(attempt.path("status").asText()).isEqualTo("SENT");
            assertThat(attempt.path("providerMessageId").asText()).isEqualTo(inboxMessageId);
            assertThat(attempt.path("startedAt").isTextual()).isTrue();
            assertThat(attempt.path("durationMs").isIntegralNumber()).isTrue();
        });
    }

    @Test
    void aTestMessageOnAChannelThatIsOffIsLoggedAsFailedWithTheReason() {
        Response sent = api.post("/api/notifications/test", api.object().put("channel", "SMS").put("userId", userId));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.body().path("status").asText()).isEqualTo("FAILED");
        assertThat(sent.body().path("error").asText()).isEqualTo("SMS is not configured");
        assertThat(sent.body().path("attempts").asInt()).isZero();
        assertThat(sent.body().path("attemptLog")).as("no call, no attempt").isEmpty();
    }

    @Test
    void thePersonsLogListsTheNewestFirst() {
        api.post("/api/notifications/test", api.object().put("channel", "INBOX").put("userId", userId));
        api.post("/api/notifications/test", api.object().put("channel", "EMAIL").put("userId", userId));
        api.post("/api/notifications/test", api.object().put("channel", "INBOX").put("userId", userId));

        Response log = api.get("/api/notifications/deliveries?recipient={userId}", userId);

        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.body()).extracting(row -> row.path("channel").asText())
                .containsExactly("INBOX", "EMAIL", "INBOX");
        assertThat(log.body()).extracting(row -> row.path("attemptLog").size()).containsExactly(1, 0, 1);
        assertThat(log.body()).extracting(row -> row.path("round").asInt()).containsExactly(2, 1, 1);
        assertThat(api.get("/api/notifications/deliveries?exceptionId=0&recipient={userId}", userId).body())
                .isEqualTo(log.body());
    }

    @Test
    void readingTheInboxMessageIsAnInAppReadReceiptInTheLog() {
        Response sent = api.post("/api/notifications/test", api.object().put("channel", "INBOX").put("userId", userId));
        assertThat(sent.body().hasNonNull("readAt")).isFalse();

        api.as(userId).post("/api/inbox/{id}/read", null, sent.body().path("providerMessageId").asText());

        JsonNode row = api.get("/api/notifications/deliveries?recipient={userId}", userId).body().get(0);
        assertThat(row.path("readVia").asText()).isEqualTo("IN_APP");
        assertThat(row.path("readAt").isTextual()).isTrue();
    }

    @Test
    void theAdminPageReadsTheLogAndSendsTestMessages() {
        ResponseEntity<String> page = TestLogins.asAdmin(rest).getForEntity("/admin/notifications", String.class);
        ResponseEntity<String> oldAddress = TestLogins.asAdmin(rest).getForEntity("/admin/notifications.html",
                String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("通知投递记录", "/js/notifications.js", "id=\"desk-nav\"",
                "name=\"exceptionId\"", "name=\"recipient\"", "name=\"channel\"", "尝试记录",
                "\"enum.Channel.DINGTALK\":\"钉钉\"");
        assertThat(oldAddress.getBody()).as("the old address leads to the page").contains("/js/notifications.js");
    }

    @Test
    void theLogIsAskedForByExceptionOrPerson() {
        assertThat(api.get("/api/notifications/deliveries").status()).isEqualTo(400);
    }

    @Test
    void aTestMessageForSomeoneUnknownIsNotFound() {
        Response sent = api.post("/api/notifications/test",
                api.object().put("channel", "INBOX").put("userId", TestPeople.unknownUser()));

        assertThat(sent.status()).isEqualTo(404);
    }
}
