package com.threadline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET /api/orders/{no}/history: the audit trail as people read it, one entry per change, re-forecasts folded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderHistoryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private String orderNo;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensureRoleUsers();
        today = testData.today();
        orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(testData.orderRequest(orderNo, today.plusDays(100)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void aSlipReadsAsOneChangeInChineseWithTheReforecastFoldedIntoOneLine() {
        LocalDate expected = today.plusDays(30);
        api.as(TestData.userOf("merchandiser")).forecast(orderNo, "TECH_PACK",
                Map.of("expectedDate", expected, "reason", "客户改款"));

        // the monitors may answer the slip with an exception of their own (the system's entry) at any moment
        JsonNode latest = ApiClient.stream(api.get("/api/orders/{no}/history", orderNo).body().path("items"))
                .filter(entry -> "tmerchandiser".equals(entry.path("login").asText())).findFirst().orElseThrow();

        assertThat(latest.path("who").asText()).as("people by name").isEqualTo("merchandiser test");
        assertThat(latest.path("login").asText()).isEqualTo("tmerchandiser");
        assertThat(latest.path("rows").asInt()).as("the raw rows behind it").isGreaterThan(5);
        List<JsonNode> lines = ApiClient.stream(latest.path("lines")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("subject").asText()).isEqualTo("计划节点 工艺单确认");
        assertThat(lines.get(0).path("action").asText()).isEqualTo("修改");
        assertThat(ApiClient.stream(lines.get(0).path("changes")).map(c -> c.path("field").asText() + "="
                + c.path("after").asText())).containsExactlyInAnyOrder("预计日期=" + expected, "延误原因=客户改款");
        assertThat(lines.get(1).path("subject").asText()).isEqualTo("交货预测");
        assertThat(lines.get(1).path("action").asText()).isEqualTo("随之重新预测");
        assertThat(ApiClient.texts(lines.get(1).path("changes"), "field")).contains("预测日期变动的节点");
    }

    @Test
    void theOrdersCreationFoldsItsPlanAndNamesItsPeopleAndPartners() {
        JsonNode history = api.get("/api/orders/{no}/history", orderNo).body();
        int milestones = api.order(orderNo).body().path("milestones").size();

        assertThat(history.path("total").asInt()).isEqualTo(1);
        JsonNode created = history.path("items").get(0);
        String text = created.path("lines").toString();
        assertThat(text).contains("\"subject\":\"订单\"", "\"action\":\"新增\"", "客户", "Nordic Outdoor AB",
                "测试制衣厂", "测试面料厂", "面料", "\"field\":\"节点数\",\"after\":\"" + milestones + "\"")
                .doesNotContain("FABRIC\"", "forecastDate", "requestFingerprint", "创建时间", "延误天数")
                .as("the start checks' outcome in words").contains("信用检查", "通过", "来源")
                .doesNotContain("PASSED", "ON_ORDER", "PURCHASE_REQUESTED", "creditCheck", "\"supply\"");
    }

    @Test
    void changesArePagedNewestFirst() {
        api.recordActual(orderNo, "ORDER_CONFIRMED", Map.of("actualDate", today));

        JsonNode first = api.get("/api/orders/{no}/history?size=1", orderNo).body();
        JsonNode second = api.get("/api/orders/{no}/history?size=1&page=1", orderNo).body();

        assertThat(first.path("total").asInt()).isEqualTo(2);
        assertThat(first.path("items").get(0).path("lines").toString()).contains("实际日期");
        assertThat(second.path("items").get(0).path("lines").toString()).contains("节点数");
    }

    @Test
    void badInputIsRefusedOnItsField() {
        assertThat(api.get("/api/orders/{no}/history?page=-1", orderNo).errorFields()).containsExactly("page");
        assertThat(api.get("/api/orders/{no}/history?size=0", orderNo).errorFields()).containsExactly("size");
        assertThat(api.get("/api/orders/{no}/history?size=x", orderNo).errorFields()).containsExactly("size");
        assertThat(api.get("/api/orders/NO-SUCH-ORDER/history").status()).isEqualTo(404);
        assertThat(api.withPassword(testData.factoryUser(), TestData.PASSWORD)
                .get("/api/orders/{no}/history", orderNo).status()).isEqualTo(403);
    }
}
