package com.threadline.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.order.ApiClient;
import com.threadline.people.TestPeople;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.BlockingQueue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** GET /api/inbox/stream read by a real HTTP client, as a page's EventSource reads it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxStreamTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople testPeople;
    ChannelSender inboxSender;
    @Autowired
    PlatformTransactionManager transactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private String userId;

    @Autowired
    void inboxSender(List<ChannelSender> senders) {
        inboxSender = senders.stream().filter(sender -> sender.channel() == Channel.INBOX).findFirst().orElseThrow();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        userId = testPeople.newUser("跟单");
    }

    @Test
    void aNewMessageArrivesOnThePersonsOpenPageWithTheUnreadCount() throws Exception {
        try (EventStream stream = open(userId)) {
            assertThat(stream.next(InboxPush.UNREAD).path("unread").asLong()).isZero();

            api.post("/api/notifications/test", api.object().put("channel", "INBOX").put("userId", userId));

            JsonNode pushed = stream.next(InboxPush.MESSAGE);
            assertThat(pushed.path("message").path("recipient").asText()).isEqualTo(userId);
            assertThat(pushed.path("message").path("title").asText()).contains("测试消息");
            assertThat(pushed.path("unread").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aMessageIsPushedOnlyOnceItsTransactionHasCommitted() throws Exception {
        try (EventStream stream = open(userId)) {
            stream.next(InboxPush.UNREAD);

            TransactionTemplate transaction = new TransactionTemplate(transactions);
            transaction.executeWithoutResult(status -> {
                inboxSender.send(recipient(), message("rolled back"));
                status.setRollbackOnly();
            });
            transaction.executeWithoutResult(status -> inboxSender.send(recipient(), message("committed")));

            JsonNode pushed = stream.next(InboxPush.MESSAGE);
            assertThat(pushed.path("message").path("title").asText()).isEqualTo("committed");
            assertThat(pushed.path("unread").asLong()).isEqualTo(1);
        }
    }

    @Test
    void readingAMessagePushesTheNewUnreadCount() throws Exception {
        try (EventStream stream = open(userId)) {
            inboxSender.send(recipient(), message("to read"));
            long messageId = stream.next(InboxPush.MESSAGE).path("message").path("id").asLong();

            api.as(userId).post("/api/inbox/{id}/read", null, messageId);

            assertThat(stream.next(InboxPush.UNREAD).path("unread").asLong()).isZero();
        }
    }

    @Test
    void eachPersonGetsOnlyTheirOwnMessages() throws Exception {
        String other = testPeople.newUser("采购");
        try (EventStream mine = open(userId); EventStream theirs = open(other)) {
            inboxSender.send(new Recipient(other, null, null, null, null, null, null), message("theirs"));
            inboxSender.send(recipient(), message("mine"));

            assertThat(mine.next(InboxPush.MESSAGE).path("message").path("title").asText()).isEqualTo("mine");
            assertThat(theirs.next(InboxPush.MESSAGE).path("message").path("title").asText()).isEqualTo("theirs");
        }
    }

    @Test
    void theStreamNeedsASignIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/inbox/stream"))
                .header("Accept", "text/event-stream").build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private Recipient recipient() {
        return new Recipient(userId, null, null, null, null, null, null);
    }

    private static OutgoingMessage message(String title) {
        long exceptionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        return new OutgoingMessage(exceptionId, 1, "P2", title, "text", "http://localhost/exceptions/" + exceptionId);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private EventStream open(String user) throws Exception {
        return EventStream.open(http, EventStream.signedIn(URI.create(base() + "/api/inbox/stream"), user), json);
    }
}
