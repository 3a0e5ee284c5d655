package com.threadline.exception;

import static com.threadline.exception.ExceptionsUnderTest.PURCHASER;
import static com.threadline.exception.ExceptionsUnderTest.expectOk;
import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.plan.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * GET /api/exceptions/statistics over exceptions closed at a factory of this class's own, so that what other
 * tests close doesn't change the figures: three closed with known response and plan times, one left open.
 * The tests only read, so the class builds that world once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExceptionStatisticsApiTest {

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    private ApiClient api;
    private ExceptionsUnderTest exceptions;
    private String factory;
    private LocalDate today;

    @BeforeAll
    void closeThreeExceptionsAtANewFactory() {
        api = new ApiClient(rest, json);
        exceptions = fixtures.using(api);
        today = exceptions.today();
        factory = "F-ST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        expectOk(api.post("/api/factories", api.object().put("code", factory).put("name", "统计测试厂")
                .put("city", "绍兴")));
        String first = exceptions.newOrderAt(factory);
        String second = exceptions.newOrderAt(factory);
        Instant detected = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.HOURS);

        long lateFabric = exceptions.open(materialDelay(first, "LINE-1", 3));
        exceptions.handleAndClose(lateFabric, "mill dye-lot rejected");
        exceptions.rewriteTimes(lateFabric, detected, 20, 60);

        long lateFabricAgain = exceptions.open(materialDelay(second, "LINE-1", 3));
        exceptions.handleAndClose(lateFabricAgain, "mill over-booked");
        exceptions.rewriteTimes(lateFabricAgain, detected, 40, 120);

        long slowSewing = exceptions.open(exceptions.finding(first, ExceptionType.CAPACITY_SHORTFALL, "SEWING",
                Stage.PRODUCTION, 1, 0.2, "planner", factory, null));
        exceptions.confirmAndClose(slowSewing, "two sewers off sick");
        exceptions.rewriteTimes(slowSewing, detected, 10, null);

        long stillOpen = exceptions.open(materialDelay(second, "LINE-2", 1));
        expectOk(exceptions.confirm(stillOpen, PURCHASER));
    }

    @Test
    void closedExceptionsAreCountedWithTheirMeanResponseAndPlanTimes() {
        JsonNode stats = statistics("factory=" + factory + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1));

        assertThat(stats.path("factory").asText()).isEqualTo(factory);
        assertThat(stats.path("count").asLong()).isEqualTo(3);
        assertThat(stats.path("meanResponseMinutes").asDouble()).isEqualTo(23.3);
        assertThat(stats.path("meanPlanMinutes").asDouble()).isEqualTo(90.0);

        assertThat(texts(stats.path("byType"), "key")).containsExactly("MATERIAL_DELAY", "CAPACITY_SHORTFALL");
        assertGroup(stats.path("byType").get(0), 2, 30.0, 90.0);
        assertThat(stats.path("byType").get(0).path("label").asText()).isEqualTo("面辅料延误");
        assertGroup(stats.path("byType").get(1), 1, 10.0, null);

        assertThat(texts(stats.path("byStage"), "key")).containsExactly("MATERIALS", "PRODUCTION");
        assertGroup(stats.path("byStage").get(0), 2, 30.0, 90.0);
        assertGroup(stats.path("byStage").get(1), 1, 10.0, null);

        assertThat(texts(stats.path("byFactory"), "key")).containsExactly(factory);
        assertGroup(stats.path("byFactory").get(0), 3, 23.3, 90.0);

        assertThat(stats.path("bySupplier")).hasSize(2);
        assertThat(stats.path("bySupplier").get(0).path("key").asText()).isEqualTo(TestData.FABRIC_SUPPLIER);
        assertGroup(stats.path("bySupplier").get(0), 2, 30.0, 90.0);
        assertThat(stats.path("bySupplier").get(1).has("key")).as("exceptions without a supplier").isFalse();
        assertGroup(stats.path("bySupplier").get(1), 1, 10.0, null);

        JsonNode nodes = stats.path("topNodes");
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).path("type").asText()).isEqualTo("MATERIAL_DELAY");
        assertThat(nodes.get(0).path("stage").asText()).isEqualTo("MATERIALS");
        assertThat(nodes.get(0).path("factoryCode").asText()).isEqualTo(factory);
        assertThat(nodes.get(0).path("supplierCode").asText()).isEqualTo(TestData.FABRIC_SUPPLIER);
        assertThat(nodes.get(0).path("count").asLong()).isEqualTo(2);
        assertThat(nodes.get(0).path("meanResponseMinutes").asDouble()).isEqualTo(30.0);
        assertThat(nodes.get(1).path("type").asText()).isEqualTo("CAPACITY_SHORTFALL");
        assertThat(nodes.get(1).path("stage").asText()).isEqualTo("PRODUCTION");
        assertThat(nodes.get(1).has("supplierCode")).isFalse();
        assertThat(nodes.get(1).path("count").asLong()).isEqualTo(1);
    }

    @Test
    void withoutAFactoryFilterEveryFactoryIsAGroup() {
        JsonNode stats = statistics("from=" + today.minusDays(1) + "&to=" + today.plusDays(1));

        assertThat(stats.path("count").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode ours = stream(stats.path("byFactory")).filter(g -> factory.equals(g.path("key").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no group for " + factory + ": " + stats));
        assertGroup(ours, 3, 23.3, 90.0);
        assertThat(stats.path("topNodes").size()).isBetween(2, ExceptionStatistics.TOP_NODES);
        assertThat(stream(stats.path("topNodes")).map(n -> n.path("count").asLong()).toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aSupplierFilterNarrowsTheFigures() {
        JsonNode stats = statistics("factory=" + factory + "&supplier=" + TestData.FABRIC_SUPPLIER);

        assertThat(stats.path("count").asLong()).isEqualTo(2);
        assertThat(stats.path("meanResponseMinutes").asDouble()).isEqualTo(30.0);
        assertThat(texts(stats.path("byType"), "key")).containsExactly("MATERIAL_DELAY");
    }

    @Test
    void exceptionsClosedOutsideTheWindowAreNotCounted() {
        JsonNode before = statistics("factory=" + factory + "&to=" + today.minusDays(2));
        JsonNode after = statistics("factory=" + factory + "&from=" + today.plusDays(2));

        for (JsonNode stats : new JsonNode[] {before, after}) {
            assertThat(stats.path("count").asLong()).isZero();
            assertThat(stats.has("meanResponseMinutes")).isFalse();
            assertThat(stats.path("byType")).isEmpty();
            assertThat(stats.path("topNodes")).isEmpty();
        }
    }

    @Test
    void aWindowThatEndsBeforeItStartsIs400() {
        Response response = api.get("/api/exceptions/statistics?from={from}&to={to}", today, today.minusDays(1));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("from");
    }

    @Test
    void aDateThatIsNoDateIs400() {
        Response response = api.get("/api/exceptions/statistics?to=yesterday");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("to");
    }

    private Finding materialDelay(String orderNo, String line, int delayDays) {
        return exceptions.finding(orderNo, ExceptionType.MATERIAL_DELAY, line, Stage.MATERIALS, delayDays, 1.0,
                "purchaser", factory, TestData.FABRIC_SUPPLIER);
    }

    private JsonNode statistics(String query) {
        Response response = api.get("/api/exceptions/statistics?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static void assertGroup(JsonNode group, long count, double meanResponse, Double meanPlan) {
        assertThat(group.path("count").asLong()).as("count of " + group).isEqualTo(count);
        assertThat(group.path("meanResponseMinutes").asDouble()).as("mean response of " + group)
                .isEqualTo(meanResponse);
        if (meanPlan == null) {
            assertThat(group.has("meanPlanMinutes")).as("no plan in " + group).isFalse();
        } else {
            assertThat(group.path("meanPlanMinutes").asDouble()).as("mean plan of " + group).isEqualTo(meanPlan);
        }
    }
}
