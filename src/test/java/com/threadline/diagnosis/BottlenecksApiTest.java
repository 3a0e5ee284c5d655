package com.threadline.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bottleneck heat map over a factory of this class's own with two woven orders whose plans put each milestone
 * two days after the one before (so every step's norm is 2 days) and whose steps all took their norm, except
 * finishing: 2 days late on one order, 4 on the other. Finishing at this factory: took (4 + 6) / 2 = 5 days on
 * average against 2, i.e. 72 hours over; packing, which then started late, took (0 + -2) / 2 = -1 days. Each order is
 * first recorded with finishing a week later still, then corrected and recorded twice: only the last figures count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BottlenecksApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DwellLedger ledger;

    private ApiClient api;
    private LocalDate base;
    private long factoryId;
    private String slightlyLate;
    private String muchLater;

    @BeforeAll
    void twoOrdersWhoseFinishingRanLate() {
        api = new ApiClient(rest, json);
        base = data.today().minusDays(80);
        String factory = "F-BN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response added = api.post("/api/factories", api.object().put("code", factory).put("name", "瓶颈测试厂")
                .put("city", "东莞"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        factoryId = jdbc.queryForObject("SELECT id FROM factory WHERE code = ?", Long.class, factory);
        slightlyLate = orderWithLateFinishing(factory, 2);
        muchLater = orderWithLateFinishing(factory, 4);
    }

    @Test
    void finishingAtTheFactoryWaitsThreeDaysOverItsNormOnAverage() {
        JsonNode heat = heatMap("from=" + base + "&to=" + data.today());

        JsonNode finishing = cell(heat, "FINISHING");
        assertThat(finishing.path("steps").asLong()).isEqualTo(2);
        assertThat(finishing.path("meanTookDays").asDouble()).isEqualTo(5.0);
        assertThat(finishing.path("meanNormDays").asDouble()).isEqualTo(2.0);
        assertThat(finishing.path("excessHours").asDouble()).isEqualTo(72.0);
        assertThat(finishing.path("overran").asLong()).isEqualTo(2);
        JsonNode packing = cell(heat, "PACKING");
        assertThat(packing.path("meanTookDays").asDouble()).isEqualTo(-1.0);
        assertThat(packing.path("excessHours").asDouble()).isEqualTo(-72.0);
        assertThat(cell(heat, "WASHING").path("excessHours").asDouble()).isEqualTo(0.0);
        assertThat(cell(heat, "PP_MEETING").path("meanTookDays").asDouble()).as("after the last of its three")
                .isEqualTo(2.0);

        List<String> ours = ApiClient.stream(heat.path("bottlenecks"))
                .filter(c -> c.path("factoryId").asLong() == factoryId).map(c -> c.path("code").asText()).toList();
        assertThat(ours).containsExactly("FINISHING");
        assertThat(ApiClient.stream(heat.path("factories")).filter(f -> f.path("id").asLong() == factoryId)
                .map(f -> f.path("name").asText())).containsExactly("瓶颈测试厂");
        assertThat(ApiClient.texts(heat.path("steps"), "code")).contains("FINISHING", "PACKING");
    }

    @Test
    void aCellListsItsOrdersThoseThatOverranMostFirst() {
        Response answer = api.get("/api/analysis/bottlenecks/orders?milestone=FINISHING&factory=" + factoryId
                + "&from=" + base + "&to=" + data.today());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(ApiClient.texts(answer.body(), "orderNo")).containsExactly(muchLater, slightlyLate);
        assertThat(answer.body().get(0).path("tookDays").asInt()).isEqualTo(6);
        assertThat(answer.body().get(0).path("normDays").asInt()).isEqualTo(2);
        assertThat(answer.body().get(0).path("finishedOn").asText()).isEqualTo(base.plusDays(46).toString());
    }

    @Test
    void stepsFinishedOutsideTheWindowAreNotCounted() {
        // day 44: the first order's finishing (2 days late) and both orders' packing (planned and done that day)
        JsonNode heat = heatMap("from=" + base.plusDays(44) + "&to=" + base.plusDays(44));

        assertThat(ApiClient.stream(heat.path("cells")).filter(c -> c.path("factoryId").asLong() == factoryId)
                .map(c -> c.path("code").asText())).containsExactlyInAnyOrder("FINISHING", "PACKING");
        assertThat(cell(heat, "FINISHING").path("steps").asLong()).isEqualTo(1);
        assertThat(cell(heat, "FINISHING").path("meanTookDays").asDouble()).isEqualTo(4.0);
        assertThat(cell(heat, "PACKING").path("steps").asLong()).isEqualTo(2);
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedNamingTheField() {
        Response answer = api.get("/api/analysis/bottlenecks?from=" + data.today() + "&to=" + base);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("from");
        assertThat(api.get("/api/analysis/reviewed-exceptions?type=NO_SUCH_TYPE").errorFields())
                .containsExactly("type");
    }

    private JsonNode heatMap(String query) {
        Response answer = api.get("/api/analysis/bottlenecks?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode cell(JsonNode heat, String code) {
        return ApiClient.stream(heat.path("cells"))
                .filter(c -> c.path("factoryId").asLong() == factoryId && c.path("code").asText().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + code + " in " + heat));
    }

    private String orderWithLateFinishing(String factory, int finishingLate) {
        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(data.orderRequestAt(orderNo, factory));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long orderId = jdbc.queryForObject("SELECT id FROM orders WHERE order_no = ?", Long.class, orderNo);
        // first recorded wrongly (finishing 7 days later still), then corrected: the day sums lose the first figures
        planWithLateFinishing(orderId, finishingLate + 7);
        ledger.record(List.of(orderNo));
        planWithLateFinishing(orderId, finishingLate);
        ledger.record(List.of(orderNo));
        ledger.record(List.of(orderNo));
        return orderNo;
    }

    private void planWithLateFinishing(long orderId, int finishingLate) {
        jdbc.query("SELECT code, seq FROM milestone WHERE order_id = ?", row -> {
            LocalDate planned = base.plusDays(2L * row.getInt(2));
            LocalDate actual = row.getString(1).equals("FINISHING") ? planned.plusDays(finishingLate) : planned;
            jdbc.update("UPDATE milestone SET planned_date = ?, forecast_date = ?, actual_date = ? "
                    + "WHERE order_id = ? AND code = ?", planned, actual, actual, orderId, row.getString(1));
        }, orderId);
    }
}
