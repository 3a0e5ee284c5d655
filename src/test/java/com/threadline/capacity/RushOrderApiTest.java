package com.threadline.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.CreateOrderRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rush-order assessment through the API, on a factory of its own that sews 100 pieces a day and has one open
 * order of 1,000 pieces. A rush order of 1,000 pieces with the same due date gets the same sewing window (about 16
 * days, 1,600 pieces of capacity for 2,000): served first, it pushes the existing order back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RushOrderApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @Autowired
    FactoryRepository factories;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient planner;
    private String factoryCode;
    private String existing;
    private LocalDate due;

    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(rest, json);
        testData.ensureRoleUsers();
        planner = api.as(TestData.userOf("planner"));
        factoryCode = "F-CAP-" + UUID.randomUUID().toString().substring(0, 8);
        factories.save(new Factory(factoryCode, "产能测试厂 " + factoryCode, "宁波", "王厂长", "13800000000"));
        assertThat(planner.put("/api/capacity/factories/{code}", Map.of("dailyPieces", 100), factoryCode).status())
                .isEqualTo(200);
        due = testData.today().plusDays(100);
        existing = TestData.uniqueOrderNo();
        Response created = api.createOrder(new CreateOrderRequest(existing, "Nordic Outdoor AB", "W-JK-2301", "WOVEN",
                1000, due, factoryCode, "merch", "owner", List.of(), null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private Map<String, Object> candidate() {
        Map<String, Object> body = new HashMap<>();
        body.put("customer", "Maple Kids Ltd");
        body.put("productType", "WOVEN");
        body.put("quantity", 1000);
        body.put("dueDate", due.toString());
        body.put("factoryCode", factoryCode);
        return body;
    }

    private JsonNode sewingDone(String orderNo) {
        return ApiClient.milestone(planner.order(orderNo).body(), RushAssessment.SEWING_DONE);
    }

    private static JsonNode option(JsonNode assessment, String option) {
        return StreamSupport.stream(assessment.path("options").spliterator(), false)
                .filter(o -> option.equals(o.path("option").asText())).findFirst().orElseThrow();
    }

    private static JsonNode moved(JsonNode option, String orderNo) {
        return StreamSupport.stream(option.path("moved").spliterator(), false)
                .filter(m -> orderNo.equals(m.path("orderNo").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(orderNo + " not moved: " + option));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void simulatingShowsWhoSlipsAndThreeOptionsAndWritesNothing() {
        int orders = count("select count(*) from orders");
        int messages = count("select count(*) from inbox_message where recipient = 'merch'");
        String forecastBefore = sewingDone(existing).path("forecastDate").asText();

        Response simulated = planner.post("/api/capacity/rush/simulate", candidate());

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(200);
        JsonNode asIs = simulated.body().path("asIs");
        JsonNode pushed = moved(asIs, existing);
        assertThat(pushed.path("days").asInt()).isPositive();
        assertThat(pushed.path("customer").asText()).isEqualTo("Nordic Outdoor AB");
        assertThat(pushed.path("sewingEnd").asText()).isEqualTo(forecastBefore);
        assertThat(asIs.path("rushLateDays").asInt()).isZero();
        assertThat(ApiClient.texts(simulated.body().path("options"), "label")).containsExactly("加班", "外发", "调整排序");
        JsonNode overtime = option(simulated.body(), "OVERTIME");
        assertThat(overtime.path("moved").size()).isZero();
        assertThat(overtime.path("cost").decimalValue()).isPositive();

        assertThat(count("select count(*) from orders")).as("no order opened").isEqualTo(orders);
        assertThat(count("select count(*) from inbox_message where recipient = 'merch'")).isEqualTo(messages);
        assertThat(sewingDone(existing).path("forecastDate").asText()).isEqualTo(forecastBefore);
        assertThat(sewingDone(existing).hasNonNull("expectedDate")).isFalse();
    }

    @Test
    void acceptingOpensTheOrderMovesTheAffectedPlanAndTellsItsMerchandiser() {
        JsonNode resequence = option(planner.post("/api/capacity/rush/simulate", candidate()).body(), "RESEQUENCE");
        String newEnd = moved(resequence, existing).path("newSewingEnd").asText();
        String rushNo = TestData.uniqueOrderNo();
        Map<String, Object> body = new HashMap<>(candidate());
        body.putAll(Map.of("orderNo", rushNo, "style", "K-TS-01", "merchandiser", "merch", "businessOwner", "owner",
                "option", "RESEQUENCE"));

        Response accepted = planner.post("/api/capacity/rush/accept", body);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(ApiClient.texts(accepted.body().path("moved"), "orderNo")).containsExactly(existing);
        JsonNode order = planner.order(rushNo).body();
        assertThat(order.path("status").asText()).isEqualTo("OPEN");
        assertThat(order.path("quantity").asInt()).isEqualTo(1000);
        assertThat(order.path("milestones").size()).as("its plan was made as for any order").isGreaterThan(20);
        assertThat(sewingDone(existing).path("expectedDate").asText()).isEqualTo(newEnd);
        assertThat(sewingDone(existing).path("forecastDate").asText()).isEqualTo(newEnd);
        assertThat(count("select count(*) from inbox_message where recipient = 'merch' and title like ?",
                "%" + existing + "%")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndOnlyPlannersAccept() {
        Map<String, Object> noCustomer = candidate();
        noCustomer.remove("customer");
        noCustomer.put("quantity", 0);
        Response missing = planner.post("/api/capacity/rush/simulate", noCustomer);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.errorFields()).contains("customer", "quantity");

        Map<String, Object> pastDue = candidate();
        pastDue.put("dueDate", testData.today().toString());
        assertThat(planner.post("/api/capacity/rush/simulate", pastDue).errorFields()).contains("dueDate");

        Map<String, Object> asIs = new HashMap<>(candidate());
        asIs.putAll(Map.of("orderNo", TestData.uniqueOrderNo(), "style", "K", "merchandiser", "merch",
                "businessOwner", "owner", "option", "AS_IS"));
        assertThat(planner.post("/api/capacity/rush/accept", asIs).errorFields()).containsExactly("option");

        ApiClient merchandiser = new ApiClient(rest, json).as(TestData.userOf("merchandiser"));
        assertThat(merchandiser.post("/api/capacity/rush/accept", asIs).status()).isEqualTo(403);
        assertThat(merchandiser.get("/api/capacity/board").status()).isEqualTo(200);
    }

    @Test
    void theBoardCountsTheFactorysCapacityAndItsOrdersPieces() {
        Response board = planner.get("/api/capacity/board?weeks=26");

        assertThat(board.status()).isEqualTo(200);
        JsonNode row = StreamSupport.stream(board.body().path("factories").spliterator(), false)
                .filter(r -> factoryCode.equals(r.path("factoryCode").asText())).findFirst().orElseThrow();
        int load = 0;
        for (JsonNode week : row.path("weeks")) {
            load += week.path("load").asInt();
        }
        assertThat(row.path("dailyPieces").asInt()).isEqualTo(100);
        assertThat(load).as("all 1,000 pieces fall within the 26 weeks").isEqualTo(1000);
        JsonNode busiest = StreamSupport.stream(row.path("weeks").spliterator(), false)
                .max((a, b) -> Integer.compare(a.path("load").asInt(), b.path("load").asInt())).orElseThrow();
        Response cell = planner.get("/api/capacity/board/{code}/{monday}", factoryCode, busiest.path("monday").asText());
        assertThat(ApiClient.texts(cell.body().path("orders"), "orderNo")).containsExactly(existing);
        assertThat(cell.body().path("load").asInt()).isEqualTo(busiest.path("load").asInt());
        assertThat(planner.get("/api/capacity/board?weeks=0").errorFields()).containsExactly("weeks");
    }

    @Test
    void theCostSettingsAreCheckedAndChangedByPlannersOnly() {
        JsonNode settings = planner.get("/api/capacity/settings").body();
        Map<String, Object> tooMuch = new HashMap<>(Map.of("defaultDailyPieces", 500, "overtimeCostPerPiece", 2.5,
                "overtimeMaxPercent", 150, "outsourceCostPerPiece", 4, "finishingDays", 5));

        assertThat(planner.put("/api/capacity/settings", tooMuch).errorFields()).containsExactly("overtimeMaxPercent");
        assertThat(new ApiClient(rest, json).as(TestData.userOf("merchandiser"))
                .put("/api/capacity/settings", settings).status()).isEqualTo(403);
        Response same = planner.put("/api/capacity/settings", settings);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body()).isEqualTo(settings);
    }

    @Test
    void theRushPageIsForPlannersTheBoardForAllStaff() {
        assertThat(page(TestData.userOf("merchandiser"), "/capacity/rush")).isEqualTo(403);
        assertThat(page(TestData.userOf("planner"), "/capacity/rush")).isEqualTo(200);
        assertThat(page(TestData.userOf("gm"), "/capacity/rush")).isEqualTo(200);
        assertThat(page(TestData.userOf("merchandiser"), "/capacity")).isEqualTo(200);
    }

    private int page(String login, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return rest.withBasicAuth(login, TestData.PASSWORD)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode().value();
    }
}
