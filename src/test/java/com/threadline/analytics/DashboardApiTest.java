package com.threadline.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures against a hand-built world under a factory and customer of this test's own: five closed
 * orders due in March 2025 (two late), one closed after it and one cancelled in it (neither counted), four open
 * orders (one forecast late), and five graded exceptions with known detection, confirmation and plan times.
 * Closed orders are written straight into the tables, as the process would have left them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardApiTest {

    private static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    private static final LocalDate TO = LocalDate.of(2025, 3, 30);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String factory;
    private String customer;
    private String merch1;
    private String merch2;
    private String period;

    @BeforeEach
    void buildTheWorld() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        testData.ensureRoleUsers();
        String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        factory = "FD-" + unique;
        customer = "看板测试客户 " + unique;
        merch1 = "dm1-" + unique;
        merch2 = "dm2-" + unique;
        period = "&from=" + FROM + "&to=" + TO;
        assertThat(api.post("/api/factories", api.object().put("code", factory).put("name", "看板测试工厂 " + unique)
                .put("city", "宁波")).status()).isEqualTo(201);
        jdbc.update("insert into customer (name, created_at, version) values (?, ?, 0)", customer,
                LocalDateTime.of(2024, 1, 1, 0, 0));
        long a = closed("A", "2025-03-03", 0, "2024-12-03", merch1, "S-TFAB", "S-TFAB");
        long b = closed("B", "2025-03-05", 2, "2024-12-07", merch1, "S-TFAB");
        long c = closed("C", "2025-03-12", 0, "2024-12-11", merch2, "S-TFAB");
        long d = closed("D", "2025-03-20", 5, "2024-12-05", merch2, "S-TTRM");
        closed("E", "2025-03-27", 0, "2024-12-27", merch1, "S-TTRM");
        long f = closed("F", "2025-04-10", 3, "2025-01-10", merch1, "S-TTRM");
        closed("G", "2025-03-10", 0, "2024-12-10", merch1, "S-TFAB");
        jdbc.update("update orders set status = 'CANCELLED' where order_no = ?", orderNo("G"));
        open("O1", "PRODUCTION", 0, "S-TFAB");
        open("O2", "PRODUCTION", 4, "S-TFAB");
        open("O3", "QC", 0, "S-TTRM");
        open("O4", "DESIGN", 0, "S-TTRM");
        // times in UTC as stored; Shanghai is 8 hours ahead, so the period starts at 2025-03-02 16:00 UTC
        exception(a, "P1", "2025-03-04T02:00:00", 10, 60);
        exception(b, "P1", "2025-03-04T03:00:00", 20, 300);
        exception(c, "P1", "2025-03-11T02:00:00", 40, null);
        exception(d, "P0", "2025-03-18T02:00:00", 5, 100);
        exception(f, "P0", "2025-03-30T17:00:00", 1, 2);
    }

    @Test
    void theOnTimeRatesCountClosedOrdersDueInThePeriodAndOpenOrdersAsForecast() {
        JsonNode delivery = get("delivery", "factory=" + factory + period);

        assertThat(delivery.path("closed").asLong()).isEqualTo(5);
        assertThat(delivery.path("closedOnTime").asLong()).isEqualTo(3);
        assertThat(delivery.path("onTimeRate").asDouble()).isEqualTo(60.0);
        assertThat(delivery.path("open").asLong()).isEqualTo(4);
        assertThat(delivery.path("openOnTime").asLong()).isEqualTo(3);
        assertThat(delivery.path("forecastOnTimeRate").asDouble()).isEqualTo(75.0);
        JsonNode ofMerch1 = get("delivery", "customer=" + customer + "&merchandiser=" + merch1 + period);
        assertThat(ofMerch1.path("closed").asLong()).isEqualTo(3);
        assertThat(ofMerch1.path("onTimeRate").asDouble()).isEqualTo(66.7);
    }

    @Test
    void openOrdersAreCountedPerStageWithTheLateOnes() {
        JsonNode stages = get("stages", "factory=" + factory + period);

        assertThat(stages.toString()).isEqualTo("[{\"stage\":\"DESIGN\",\"orders\":1,\"late\":0},"
                + "{\"stage\":\"MATERIALS\",\"orders\":0,\"late\":0},{\"stage\":\"PRODUCTION\",\"orders\":2,\"late\":1},"
                + "{\"stage\":\"QC\",\"orders\":1,\"late\":0},{\"stage\":\"LOGISTICS\",\"orders\":0,\"late\":0}]");
    }

    @Test
    void lateOrdersAreCountedByFactorySupplierAndCustomerAnOrderOncePerSupplier() {
        JsonNode late = get("late", "factory=" + factory + period);

        assertThat(late.path("factories")).hasSize(1);
        assertThat(counts(late.path("factories").get(0))).containsExactly(factory, "5", "2", "4", "1");
        assertThat(late.path("customers")).hasSize(1);
        assertThat(counts(late.path("customers").get(0))).containsExactly(customer, "5", "2", "4", "1");
        assertThat(late.path("suppliers")).hasSize(2);
        JsonNode fabric = ApiClient.stream(late.path("suppliers")).filter(s -> s.path("key").asText().equals("S-TFAB"))
                .findFirst().orElseThrow();
        JsonNode trims = ApiClient.stream(late.path("suppliers")).filter(s -> s.path("key").asText().equals("S-TTRM"))
                .findFirst().orElseThrow();
        assertThat(counts(fabric)).containsExactly("S-TFAB", "3", "1", "2", "1");
        assertThat(counts(trims)).containsExactly("S-TTRM", "2", "1", "2", "0");
    }

    @Test
    void exceptionTimesPerGradeHaveMeanAndNinetiethPercentileAgainstTheirDeadlines() {
        JsonNode grades = get("exceptions", "factory=" + factory + period);

        JsonNode p1 = grades.get(1);
        assertThat(p1.path("priority").asText()).isEqualTo("P1");
        assertThat(p1.path("exceptions").asLong()).isEqualTo(3);
        assertThat(p1.path("confirmed").asLong()).isEqualTo(3);
        assertThat(p1.path("confirmMeanMinutes").asDouble()).isEqualTo(23.3);
        assertThat(p1.path("confirmP90Minutes").asLong()).isEqualTo(40);
        assertThat(p1.path("confirmDeadlineMinutes").asLong()).isEqualTo(30);
        assertThat(p1.path("confirmedInTime").asLong()).isEqualTo(2);
        assertThat(p1.path("planned").asLong()).isEqualTo(2);
        assertThat(p1.path("planMeanMinutes").asDouble()).isEqualTo(180.0);
        assertThat(p1.path("planP90Minutes").asLong()).isEqualTo(300);
        assertThat(p1.path("planDeadlineMinutes").asLong()).isEqualTo(240);
        assertThat(p1.path("plannedInTime").asLong()).isEqualTo(1);
        JsonNode p0 = grades.get(0);
        assertThat(p0.path("exceptions").asLong()).as("the P0 detected after the period is left out").isEqualTo(1);
        assertThat(p0.path("confirmMeanMinutes").asDouble()).isEqualTo(5.0);
        assertThat(p0.path("planP90Minutes").asLong()).isEqualTo(100);
        assertThat(p0.path("plannedInTime").asLong()).isEqualTo(1);
        JsonNode p2 = grades.get(2);
        assertThat(p2.path("exceptions").asLong()).isZero();
        assertThat(p2.path("confirmMeanMinutes").isMissingNode() || p2.path("confirmMeanMinutes").isNull()).isTrue();
    }

    @Test
    void cycleTimeRunsFromEntryToDeliveryWithMeanAndNinetiethPercentile() {
        JsonNode cycle = get("cycle", "factory=" + factory + period);

        assertThat(cycle.path("orders").asLong()).isEqualTo(5);
        // entry to ex-factory: A 90, B 90 (2 late on a later entry), C 91, D 110, E 90 days
        assertThat(cycle.path("meanDays").asDouble()).isEqualTo(94.2);
        assertThat(cycle.path("p90Days").asLong()).isEqualTo(110);
        assertThat(cycle.path("factories").get(0).path("code").asText()).isEqualTo(factory);
    }

    @Test
    void weeksCountClosedOrdersByDueWeekAndExceptionsByDetection() {
        JsonNode weeks = get("weeks", "factory=" + factory + period);

        List<String> rows = new ArrayList<>();
        weeks.forEach(w -> rows.add(w.path("monday").asText() + " " + w.path("closed").asLong() + "/"
                + w.path("late").asLong() + " " + w.path("exceptions").asLong()));
        assertThat(rows).containsExactly("2025-03-03 2/1 2", "2025-03-10 1/0 1", "2025-03-17 1/1 1",
                "2025-03-24 1/0 0");
    }

    @Test
    void everyFigureListsTheOrdersBehindIt() {
        assertThat(drill("figure=factory&key=" + factory + "&series=closedLate")).containsExactly(orderNo("B"),
                orderNo("D"));
        assertThat(drill("figure=supplier&key=S-TFAB&series=openLate")).containsExactly(orderNo("O2"));
        assertThat(drill("figure=grade&key=P1")).containsExactly(orderNo("A"), orderNo("B"), orderNo("C"));
        assertThat(drill("figure=week&key=2025-03-03&series=late")).containsExactly(orderNo("B"));
        assertThat(drill("figure=stage&key=PRODUCTION&series=all")).containsExactlyInAnyOrder(orderNo("O1"),
                orderNo("O2"));
        assertThat(drill("figure=delivered&series=onTime")).containsExactly(orderNo("A"), orderNo("C"),
                orderNo("E"));
        Response listed = api.get("/api/dashboard/orders?factory=" + factory + period + "&figure=cycle&key=" + factory);
        assertThat(listed.body().path("total").asLong()).isEqualTo(5);
    }

    @Test
    void badFiltersAreRefusedFieldByField() {
        Response reversed = api.get("/api/dashboard/delivery?from=2025-03-10&to=2025-03-01&factory=NO-SUCH");

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.errorFields()).containsExactlyInAnyOrder("from", "factory");
        Response figure = api.get("/api/dashboard/orders?figure=pie");
        assertThat(figure.status()).isEqualTo(400);
        assertThat(figure.errorFields()).containsExactly("figure");
    }

    @Test
    void theGmAndMerchandisersSeeTheDashboardPlannersAndFactoriesDoNot() {
        assertThat(api.as(TestData.userOf("gm")).get("/api/dashboard/delivery").status()).isEqualTo(200);
        assertThat(api.as(TestData.userOf("merchandiser")).get("/api/dashboard/delivery").status()).isEqualTo(200);
        assertThat(api.as(TestData.userOf("planner")).get("/api/dashboard/delivery").status()).isEqualTo(403);
        assertThat(api.as(testData.factoryUser()).get("/api/dashboard/delivery").status()).isEqualTo(403);
    }

    private JsonNode get(String figure, String query) {
        Response response = api.get("/api/dashboard/" + figure + "?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private List<String> drill(String query) {
        Response response = api.get("/api/dashboard/orders?factory=" + factory + period + "&" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().path("total").asLong()).isEqualTo(response.body().path("items").size());
        return ApiClient.texts(response.body().path("items"), "orderNo");
    }

    private static List<String> counts(JsonNode group) {
        return List.of(group.path("key").asText(), group.path("closed").asText(), group.path("closedLate").asText(),
                group.path("open").asText(), group.path("openLate").asText());
    }

    private String orderNo(String name) {
        return factory + "-" + name;
    }

    private long closed(String name, String due, int delay, String created, String merchandiser, String... suppliers) {
        LocalDate dueDate = LocalDate.parse(due);
        return insertOrder(name, "DELIVERED", "LOGISTICS", dueDate, dueDate.plusDays(delay), delay,
                LocalDate.parse(created).atTime(2, 0), merchandiser, suppliers);
    }

    private long open(String name, String stage, int delay, String supplier) {
        LocalDate due = LocalDate.of(2025, 6, 1);
        return insertOrder(name, "OPEN", stage, due, due.plusDays(delay), delay, LocalDateTime.of(2025, 3, 1, 2, 0),
                merch1, supplier);
    }

    private long insertOrder(String name, String status, String stage, LocalDate due, LocalDate forecast, int delay,
            LocalDateTime created, String merchandiser, String... suppliers) {
        String orderNo = orderNo(name);
        jdbc.update("insert into orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id,"
                + " merchandiser, business_owner, template_code, status, stage, plan_stage, forecast_delivery_date,"
                + " delay_days, request_fingerprint, created_at, updated_at, version) values (?,"
                + " (select id from customer where name = ?), 'DASH', 'WOVEN', 100, ?, (select id from factory where"
                + " code = ?), ?, 'owner', 'WOVEN_STANDARD', ?, ?, ?, ?, ?, ?, ?, ?, 0)", orderNo, customer, due,
                factory, merchandiser, status, stage, stage, forecast, delay, orderNo, created, created);
        long id = jdbc.queryForObject("select id from orders where order_no = ?", Long.class, orderNo);
        for (int line = 0; line < suppliers.length; line++) {
            jdbc.update("insert into material_line (order_id, line_no, kind, description, supplier_id) values (?, ?,"
                    + " 'FABRIC', 'test', (select id from supplier where code = ?))", id, line + 1, suppliers[line]);
        }
        return id;
    }

    private void exception(long orderId, String priority, String detected, int confirmMinutes, Integer planMinutes) {
        LocalDateTime at = LocalDateTime.parse(detected);
        jdbc.update("insert into order_exception (order_id, order_no, type, subject, status, priority, stage,"
                + " delay_days, value_share, title, escalation_level, response_due_at, plan_due_at, detected_at,"
                + " last_seen_at, confirmed_at, plan_submitted_at, version) values (?, (select order_no from orders"
                + " where id = ?), 'DELIVERY_DELAY', 'ORDER', 'CLOSED', ?, 'PRODUCTION', 1, 1.0, 'test', 0, ?, ?, ?, ?,"
                + " ?, ?, 0)", orderId, orderId, priority, at.plusMinutes(30),
                at.plusMinutes(priority.equals("P0") ? 120 : 240), at, at, at.plusMinutes(confirmMinutes),
                planMinutes == null ? null : at.plusMinutes(planMinutes));
    }
}
