package com.threadline.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** POST /api/orders/plan-preview: the plan a new order would get, before it is saved; refused as saving would be. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPreviewApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        today = testData.today();
    }

    @Test
    void thePreviewIsThePlanTheOrderThenGets() {
        LocalDate due = today.plusDays(100);
        long ordersBefore = api.get("/api/orders?size=1&status=").body().path("total").asLong();

        Response preview = api.post("/api/orders/plan-preview", request("WOVEN", due, TestData.FACTORY));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.body().path("templateCode").asText()).isEqualTo("WOVEN_STANDARD");
        assertThat(preview.body().path("planKeptPercent").asInt()).isEqualTo(100);
        assertThat(preview.body().path("milestones").size()).isGreaterThanOrEqualTo(25);
        assertThat(ApiClient.milestone(preview.body(), "EX_FACTORY").path("plannedDate").asText())
                .isEqualTo(due.toString());
        assertThat(api.get("/api/orders?size=1&status=").body().path("total").asLong())
                .as("a preview saves nothing").isEqualTo(ordersBefore);

        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(testData.orderRequest(orderNo, due));
        assertThat(ApiClient.texts(created.body().path("milestones"), "code"))
                .isEqualTo(ApiClient.texts(preview.body().path("milestones"), "code"));
        assertThat(ApiClient.texts(created.body().path("milestones"), "plannedDate"))
                .isEqualTo(ApiClient.texts(preview.body().path("milestones"), "plannedDate"));
    }

    @Test
    void aShortLeadTimeIsPreviewedOnTheExpressTemplateCompressed() {
        Response preview = api.post("/api/orders/plan-preview", request("WOVEN", today.plusDays(20), TestData.FACTORY));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.body().path("templateCode").asText()).isEqualTo("WOVEN_EXPRESS");
        assertThat(preview.body().path("planKeptPercent").asInt()).isBetween(1, 99);
    }

    @Test
    void badInputIsRefusedOnItsField() {
        Response past = api.post("/api/orders/plan-preview", request("WOVEN", today, TestData.FACTORY));
        Response unknownType = api.post("/api/orders/plan-preview", request("SILK", today.plusDays(100), TestData.FACTORY));
        Response unknownFactory = api.post("/api/orders/plan-preview", request("WOVEN", today.plusDays(100), "NOPE"));
        Response tooNear = api.post("/api/orders/plan-preview", request("WOVEN", today.plusDays(3), TestData.FACTORY));
        Response missing = api.post("/api/orders/plan-preview", Map.of());
        Response badDate = api.post("/api/orders/plan-preview",
                "{\"productType\":\"WOVEN\",\"dueDate\":\"next week\",\"factoryCode\":\"" + TestData.FACTORY + "\"}");

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.errorFields()).containsExactly("dueDate");
        assertThat(past.errorReason("dueDate").orElseThrow()).contains("交期须晚于今天");
        assertThat(unknownType.errorFields()).containsExactly("productType");
        assertThat(unknownFactory.errorFields()).containsExactly("factoryCode");
        assertThat(tooNear.errorFields()).containsExactly("dueDate");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("productType", "dueDate", "factoryCode");
        assertThat(badDate.errorFields()).containsExactly("dueDate");
    }

    private static Map<String, Object> request(String productType, LocalDate due, String factoryCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("productType", productType);
        body.put("dueDate", due);
        body.put("factoryCode", factoryCode);
        return body;
    }
}
