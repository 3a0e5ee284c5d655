package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.people.TestPeople;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The inbox page ({@code /inbox}) and what its script calls: GET /api/inbox/messages (unread first, a grade filter,
 * paged on the server) and POST /api/inbox/read-all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxPageApiTest {

    /** Exception ids far above any a test opens: these messages stand for alerts without their exceptions. */
    private static final AtomicLong EXCEPTION_IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople people;
    @Autowired
    InboxMessageRepository messages;

    private ApiClient api;
    private String reader;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        reader = people.newUser("收件人");
    }

    @Test
    void unreadComeFirstThenTheNewestAndAGradeFiltersThem() {
        Instant now = Instant.now();
        InboxMessage oldUnread = alert("P1", now.minusSeconds(3600));
        InboxMessage newRead = alert("P0", now.minusSeconds(60));
        InboxMessage newUnread = alert("P2", now.minusSeconds(120));
        api.as(reader).post("/api/inbox/{id}/read", "{}", newRead.getId());

        JsonNode page = ok(api.as(reader).get("/api/inbox/messages"));

        assertThat(ApiClient.texts(page.path("items"), "id")).containsExactly(String.valueOf(newUnread.getId()),
                String.valueOf(oldUnread.getId()), String.valueOf(newRead.getId()));
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("href").asText())
                .isEqualTo("/exceptions/" + newUnread.getExceptionId());
        JsonNode p1 = ok(api.as(reader).get("/api/inbox/messages?priority=P1"));
        assertThat(ApiClient.texts(p1.path("items"), "id")).containsExactly(String.valueOf(oldUnread.getId()));
        JsonNode unread = ok(api.as(reader).get("/api/inbox/messages?unreadOnly=true&size=1&page=1"));
        assertThat(unread.path("total").asLong()).isEqualTo(2);
        assertThat(ApiClient.texts(unread.path("items"), "id")).containsExactly(String.valueOf(oldUnread.getId()));
    }

    @Test
    void markingAllReadEmptiesTheBadgeAndTouchesNobodyElse() {
        alert("P1", Instant.now());
        alert("P3", Instant.now());
        String other = people.newUser("旁人");
        messages.save(new InboxMessage(other, outgoing("P1"), Instant.now()));

        Response marked = api.as(reader).post("/api/inbox/read-all", "{}");

        assertThat(ok(marked).path("marked").asInt()).isEqualTo(2);
        assertThat(marked.body().path("unread").asInt()).isZero();
        assertThat(ok(api.as(reader).get("/api/inbox/unread-count")).path("unread").asLong()).isZero();
        assertThat(ok(api.as(other).get("/api/inbox/unread-count")).path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void aBadGradePageOrSizeIsABadRequestNamingEachField() {
        Response refused = api.as(reader).get("/api/inbox/messages?priority=P9&page=-1&size=500");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("priority", "page", "size");
    }

    @Test
    void theInboxPageIsADeskPageWithTheBadge() {
        ResponseEntity<String> page = signedIn().getForEntity("/inbox", String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("我的消息", "id=\"inbox-badge\"", "/js/inbox.js", "全部标为已读");
    }

    /** 1,000 messages: the page and the API answer one page of rows at a time, counted and filtered on the server. */
    @Test
    void withAThousandMessagesTheInboxIsPagedOnTheServer() {
        List<InboxMessage> many = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 1000; i++) {
            many.add(new InboxMessage(reader, outgoing(i % 7 == 0 ? "P1" : "P2"), now.minusSeconds(i * 60L)));
        }
        messages.saveAll(many);
        ApiClient as = api.as(reader);

        ResponseEntity<String> page = signedIn().getForEntity("/inbox", String.class);
        JsonNode rows = ok(as.get("/api/inbox/messages?size=20"));
        JsonNode grade = ok(as.get("/api/inbox/messages?size=20&priority=P1&page=3"));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(rows.path("total").asLong()).isEqualTo(1000);
        assertThat(rows.path("items")).hasSize(20);
        assertThat(grade.path("total").asLong()).isEqualTo(143);
        assertThat(grade.path("items")).hasSize(20);
    }

    private TestRestTemplate signedIn() {
        return rest.withBasicAuth(reader, TestData.PASSWORD);
    }

    private InboxMessage alert(String priority, Instant at) {
        return messages.save(new InboxMessage(reader, outgoing(priority), at));
    }

    private static OutgoingMessage outgoing(String priority) {
        long exceptionId = EXCEPTION_IDS.incrementAndGet();
        return new OutgoingMessage(exceptionId, 1, priority, "[" + priority + "] 面辅料延误 测试订单", "订单 测试订单",
                "http://localhost:8080/exceptions/" + exceptionId);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
