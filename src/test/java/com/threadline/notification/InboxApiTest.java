package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET /api/inbox, /api/inbox/unread-count and POST /api/inbox/{id}/read: always the signed-in user's inbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople people;

    private ApiClient admin;
    private String reader;
    private String other;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(rest, json);
        reader = people.newUser("读者");
        other = people.newUser("旁人");
    }

    @Test
    void theSignedInUserSeesOnlyTheirOwnMessages() {
        String mine = sendTo(reader);
        sendTo(other);

        Response inbox = admin.as(reader).get("/api/inbox");

        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        assertThat(ApiClient.texts(inbox.body(), "id")).containsExactly(mine);
        assertThat(ApiClient.texts(inbox.body(), "recipient")).containsOnly(reader);
        assertThat(admin.as(reader).get("/api/inbox/unread-count").body().path("unread").asLong()).isEqualTo(1);
    }

    @Test
    void someoneElsesMessageCannotBeMarkedReadAndIsNotFound() {
        String theirs = sendTo(other);

        Response refused = admin.as(reader).post("/api/inbox/{id}/read", "{}", theirs);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().toString()).doesNotContain(other);
        assertThat(admin.as(other).get("/api/inbox/unread-count").body().path("unread").asLong()).isEqualTo(1);
        assertThat(admin.as(other).post("/api/inbox/{id}/read", "{}", theirs).status()).isEqualTo(200);
        assertThat(admin.as(other).get("/api/inbox/unread-count").body().path("unread").asLong()).isZero();
    }

    @Test
    void aLimitOutsideItsRangeIsABadRequestNamingIt() {
        for (String limit : new String[] {"0", "201"}) {
            Response refused = admin.as(reader).get("/api/inbox?limit={limit}", limit);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.errorFields()).containsExactly("limit");
        }
    }

    private String sendTo(String userId) {
        Response sent = admin.post("/api/notifications/test",
                admin.object().put("channel", "INBOX").put("userId", userId));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        return sent.body().path("providerMessageId").asText();
    }
}
