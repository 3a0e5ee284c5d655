package com.threadline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /api/risk: retraining on demand (GM, planner, administrator; others 403), the nightly job's retraining, the model's
 * particulars and accuracy, open orders' risks with their reasons, a 404 problem for an order without a forecast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiskApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    KnownSignalHistory history;
    @Autowired
    RiskRetraining retraining;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        data.ensureRoleUsers();
        history.ensure();
    }

    /** Other tests' orders must not meet these models in their monitor passes. */
    @AfterEach
    void forgetTheModels() {
        jdbc.update("DELETE FROM risk_model");
    }

    @Test
    void aPlannerRetrainsOnDemandAndAMerchandiserMayNot() {
        Response refused = api.as(TestData.userOf("merchandiser")).post("/api/risk/model/retrain", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);

        Response trained = api.as(TestData.userOf("planner")).post("/api/risk/model/retrain", null);

        assertThat(trained.status()).as(trained.toString()).isEqualTo(200);
        JsonNode model = trained.body();
        assertThat(model.path("trained").asBoolean()).isTrue();
        assertThat(model.path("trainedBy").asText()).isEqualTo("planner test");
        assertThat(model.path("trainingOrders").asInt() + model.path("holdoutOrders").asInt())
                .isGreaterThanOrEqualTo(KnownSignalHistory.ORDERS);
        assertThat(model.path("auc").asDouble()).isGreaterThan(0.8);
        assertThat(model.path("reliability")).hasSize(10);
        assertThat(model.path("importance").get(0).path("label").asText()).isNotBlank();
        assertThat(model.path("threshold").asDouble()).isEqualTo(0.6);

        Response read = api.as(TestData.userOf("merchandiser")).get("/api/risk/model");
        assertThat(read.body().path("version").asInt()).isEqualTo(model.path("version").asInt());
    }

    @Test
    void theNightlyJobTrainsANewVersion() {
        retraining.nightly();
        int first = api.as(TestData.userOf("gm")).get("/api/risk/model").body().path("version").asInt();

        retraining.nightly();

        JsonNode model = api.as(TestData.userOf("gm")).get("/api/risk/model").body();
        assertThat(model.path("version").asInt()).isEqualTo(first + 1);
        assertThat(model.path("trainedBy").asText()).isEqualTo(RiskRetraining.SCHEDULE);
        assertThat(model.path("schedule").asText()).as("the test settings switch the nightly cron off").isEqualTo("-");
    }

    @Test
    void openOrdersRisksComeWithTheirReasonsAndAnOrderWithoutOneIsNotFound() {
        String slow = history.openOrder("RKA-" + UUID.randomUUID().toString().substring(0, 8),
                KnownSignalHistory.SLOW_FACTORY, 45, 0);
        assertThat(api.as(TestData.userOf("gm")).get("/api/risk/orders/{no}", slow).status())
                .as("no model yet").isEqualTo(404);
        assertThat(api.as(TestData.userOf("gm")).post("/api/risk/model/retrain", null).status()).isEqualTo(200);

        Response one = api.as(TestData.userOf("merchandiser")).get("/api/risk/orders/{no}", slow);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.body().path("factory").asText()).isEqualTo(KnownSignalHistory.SLOW_FACTORY_NAME);
        assertThat(one.body().path("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(one.body().path("reasons").toString()).contains("加工厂 " + KnownSignalHistory.SLOW_FACTORY_NAME);

        Response listed = api.as(TestData.userOf("merchandiser")).get("/api/risk/orders?orderNo={no}", slow);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).path("orderNo").asText()).isEqualTo(slow);

        Response missing = api.as(TestData.userOf("merchandiser")).get("/api/risk/orders/{no}", "RKA-NONE");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("detail").asText()).contains("不在进行中");
    }

    @Test
    void theDashboardCountsTheSelectedOpenOrdersAtRiskAndNamesTheRiskiest() {
        history.openOrder("RKD-" + UUID.randomUUID().toString().substring(0, 8), KnownSignalHistory.SLOW_FACTORY, 45, 0);
        history.openOrder("RKD-" + UUID.randomUUID().toString().substring(0, 8), KnownSignalHistory.SLOW_FACTORY, 45, 6);
        JsonNode untrained = api.as(TestData.userOf("gm"))
                .get("/api/dashboard/risk?factory={f}", KnownSignalHistory.SLOW_FACTORY).body();
        assertThat(untrained.path("trained").asBoolean()).isFalse();
        assertThat(untrained.path("scored").asInt()).isZero();
        assertThat(api.as(TestData.userOf("gm")).post("/api/risk/model/retrain", null).status()).isEqualTo(200);

        JsonNode dashboard = api.as(TestData.userOf("gm"))
                .get("/api/dashboard/risk?factory={f}", KnownSignalHistory.SLOW_FACTORY).body();

        List<String> open = jdbc.queryForList("select o.order_no from orders o join factory f on f.id = o.factory_id"
                + " where f.code = ? and o.status = 'OPEN'", String.class, KnownSignalHistory.SLOW_FACTORY);
        JsonNode risks = api.as(TestData.userOf("gm")).get("/api/risk/orders?orderNo=" + String.join("&orderNo=", open))
                .body();
        long high = 0;
        List<String> riskiest = new ArrayList<>();
        for (JsonNode risk : risks) {
            high += risk.path("probability").asDouble() >= 0.6 ? 1 : 0;
            if (riskiest.size() < 5) {
                riskiest.add(risk.path("orderNo").asText());
            }
        }
        assertThat(dashboard.path("trained").asBoolean()).isTrue();
        assertThat(dashboard.path("scored").asInt()).isEqualTo(open.size()).isEqualTo(risks.size());
        assertThat(dashboard.path("high").asLong()).isEqualTo(high);
        List<String> shown = new ArrayList<>();
        dashboard.path("riskiest").forEach(o -> shown.add(o.path("orderNo").asText()));
        assertThat(shown).isEqualTo(riskiest);
        assertThat(dashboard.path("riskiest").get(0).path("factory").asText())
                .isEqualTo(KnownSignalHistory.SLOW_FACTORY_NAME);
    }
}
