package com.threadline.people;

import static com.threadline.web.Problems.assertInvalid;
import static com.threadline.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET and PUT /api/people/{userId}/contact: the card, its validation, and unknown people. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTest {

    private static final String CONTACT = "/api/people/{userId}/contact";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestPeople testPeople;

    private ApiClient api;
    private String userId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        userId = testPeople.newUser("采购");
    }

    @Test
    void aPersonWithoutACardShowsTheirCamundaNameOnly() {
        Response contact = api.get(CONTACT, userId);

        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
        assertThat(contact.body()).isEqualTo(api.object().put("userId", userId).put("displayName", "测试 采购"));
    }

    @Test
    void aCardIsStoredWithTheMobileAsPlus86AndReadBack() {
        Response saved = api.put(CONTACT, card(), userId);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode body = saved.body();
        assertThat(body.path("userId").asText()).isEqualTo(userId);
        assertThat(body.path("displayName").asText()).isEqualTo("赵采购");
        assertThat(body.path("mobile").asText()).isEqualTo("+8613912345678");
        assertThat(body.path("email").asText()).isEqualTo("zhao@example.cn");
        assertThat(body.path("dingtalkUserId").asText()).isEqualTo("manager4711");
        assertThat(body.path("wecomUserId").asText()).isEqualTo("ZhaoCaiGou");
        assertThat(body.path("feishuUserId").asText()).isEqualTo("ou_7d8a6e6df7621556ce0d21922b676706");
        assertThat(body.path("preferredIm").asText()).isEqualTo("WECOM");
        assertThat(api.get(CONTACT, userId).body()).isEqualTo(body);
    }

    @Test
    void aMobileAlreadyWithPlus86IsKeptAsItIs() {
        Response saved = api.put(CONTACT, card().put("mobile", "+8613912345678"), userId);

        assertThat(saved.body().path("mobile").asText()).isEqualTo("+8613912345678");
    }

    @Test
    void aCardNeedsOnlyAName() {
        Response saved = api.put(CONTACT, api.object().put("displayName", "只有名字"), userId);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body()).isEqualTo(api.object().put("userId", userId).put("displayName", "只有名字"));
    }

    @Test
    void aSecondPutReplacesTheWholeCard() {
        api.put(CONTACT, card(), userId);

        Response replaced = api.put(CONTACT, api.object().put("displayName", "赵采购").put("mobile", "13800000000"),
                userId);

        assertThat(replaced.body()).isEqualTo(api.object().put("userId", userId).put("displayName", "赵采购")
                .put("mobile", "+8613800000000"));
        assertThat(api.get(CONTACT, userId).body()).isEqualTo(replaced.body());
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "displayName | NULL",
            "displayName | '   '",
            "mobile | ''",
            "mobile | '1391234567'",
            "mobile | '139123456789'",
            "mobile | '23912345678'",
            "mobile | '12912345678'",
            "mobile | '+8513912345678'",
            "mobile | '+86 139 1234 5678'",
            "mobile | '139-1234-5678'",
            "email | 'zhao'",
            "email | 'zhao@example'",
            "email | 'zhao@@example.cn'",
            "email | 'zhao cai@example.cn'",
            "dingtalkUserId | 'has space'",
            "wecomUserId | ''",
            "feishuUserId | 'ou_0123456789012345678901234567890123456789012345678901234567890abc'",
            "preferredIm | 'SMS'",
            "preferredIm | 'wechat'"})
    void anInvalidFieldIs400NamingItAndChangesNothing(String field, String value) {
        api.put(CONTACT, card(), userId);
        JsonNode before = api.get(CONTACT, userId).body();
        ObjectNode body = card().put("displayName", "改过的名字");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }

        assertInvalid(api.put(CONTACT, body, userId), field);
        assertThat(api.get(CONTACT, userId).body()).isEqualTo(before);
    }

    @Test
    void allProblemsAreListedAtOnce() {
        Response response = api.put(CONTACT, card().put("mobile", "12345").put("email", "nope").put("displayName", ""),
                userId);

        assertInvalid(response, "displayName", "mobile", "email");
    }

    @ParameterizedTest
    @CsvSource({"DINGTALK, dingtalkUserId", "WECOM, wecomUserId", "FEISHU, feishuUserId"})
    void aPreferredImNeedsTheUserIdThereAndOtherwiseChangesNothing(String im, String idField) {
        api.put(CONTACT, card(), userId);
        JsonNode before = api.get(CONTACT, userId).body();

        Response response = api.put(CONTACT, card().put("preferredIm", im).putNull(idField), userId);

        assertInvalid(response, "preferredIm");
        assertThat(response.errorReason("preferredIm")).hasValueSatisfying(r -> assertThat(r).contains(im));
        assertThat(api.get(CONTACT, userId).body()).isEqualTo(before);
    }

    @Test
    void aMalformedCardIsAMalformedRequest() {
        Response response = api.put(CONTACT, "{\"displayName\": ", userId);

        assertProblem(response, 400, "Malformed request body");
        assertThat(api.get(CONTACT, userId).body().has("mobile")).isFalse();
    }

    @Test
    void anUnknownPersonIs404AndGetsNoCard() {
        String nobody = TestPeople.unknownUser();

        assertProblem(api.get(CONTACT, nobody), 404, "Not found");
        assertProblem(api.put(CONTACT, card(), nobody), 404, "Not found");
        assertProblem(api.get(CONTACT, nobody), 404, "Not found");
    }

    @Test
    void editingTheCardKeepsThePresence() {
        api.post("/api/people/{userId}/heartbeat", null, userId);

        api.put(CONTACT, card(), userId);

        assertThat(api.get("/api/people/{userId}/presence", userId).body().path("presence").asText())
                .isEqualTo("ONLINE");
    }

    private ObjectNode card() {
        return api.object().put("displayName", "赵采购").put("mobile", "13912345678").put("email", "zhao@example.cn")
                .put("dingtalkUserId", "manager4711").put("wecomUserId", "ZhaoCaiGou")
                .put("feishuUserId", "ou_7d8a6e6df7621556ce0d21922b676706").put("preferredIm", "WECOM");
    }
}
