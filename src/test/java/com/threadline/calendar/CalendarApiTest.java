package com.threadline.calendar;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * /api/calendars: the company's and each factory's working days as data, and plans that skip a factory's New Year
 * shutdown. Each test has a factory of its own, so its closures touch no other test's orders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiTest {

    /** Far enough ahead that no public holiday in the data falls near it. */
    private static final LocalDate DUE = LocalDate.of(2029, 3, 30);
    private static final LocalDate SHUTDOWN_FROM = LocalDate.of(2029, 2, 20);
    private static final LocalDate SHUTDOWN_TO = LocalDate.of(2029, 3, 5);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    FactoryRepository factories;
    @Autowired
    TestData data;

    private ApiClient api;
    private String factoryCode;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        data.ensureRoleUsers();
        factoryCode = "F-C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        factories.save(new Factory(factoryCode, "日历测试工厂 " + factoryCode, "宁波", "张厂长", "13800000009"));
    }

    @Test
    void theCompanyCalendarHasItsWeekHoursAndPublicHolidays() {
        Response company = api.as(TestData.userOf("merchandiser")).get("/api/calendars/COMPANY");

        assertThat(company.status()).as(company.toString()).isEqualTo(200);
        assertThat(company.body().path("restDays").toString()).isEqualTo("[\"SATURDAY\",\"SUNDAY\"]");
        assertThat(company.body().path("workStart").asText()).isEqualTo("08:30:00");
        assertThat(day(company.body(), "2026-10-01")).containsEntry("kind", "CLOSED").containsEntry("name", "国庆节");
        assertThat(day(company.body(), "2026-10-10")).containsEntry("kind", "WORKING");

        Response all = api.as(TestData.userOf("merchandiser")).get("/api/calendars");
        assertThat(stream(all.body()).map(c -> c.path("code").asText())).startsWith("COMPANY").contains(factoryCode);
    }

    @Test
    void aPlannerSetsAFactorysShutdownAndTheNextPlanSkipsIt() {
        Response set = shutdown(TestData.userOf("planner"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().path("days")).hasSize(14);

        Response created = api.createOrder(orderAt(factoryCode));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode order = created.body();
        assertThat(stream(order.path("milestones")).filter(this::atFactory)
                .map(m -> LocalDate.parse(m.path("plannedDate").asText())))
                .as("no factory milestone planned in the shutdown").noneMatch(this::inShutdown);
        // cutting starts 30 working days before ex-factory; the 14 days of shutdown come on top
        assertThat(milestone(order, "CUTTING_START").path("plannedDate").asText())
                .isEqualTo(DUE.minusDays(30 + 14).toString());
        assertThat(milestone(order, "EX_FACTORY").path("plannedDate").asText()).isEqualTo(DUE.toString());
        assertThat(order.path("delayDays").asInt()).isZero();
    }

    @Test
    void theSameOrderAtAFactoryWithoutAShutdownKeepsTheTemplatesDates() {
        JsonNode order = api.createOrder(orderAt(factoryCode)).body();

        assertThat(milestone(order, "CUTTING_START").path("plannedDate").asText())
                .isEqualTo(DUE.minusDays(30).toString());
    }

    @Test
    void aFactoryWorkingAPublicHolidayOverridesTheCompanys() {
        api.put("/api/calendars/COMPANY/days", Map.of("from", "2029-03-12", "kind", "CLOSED", "name", "测试假日"));
        try {
            Response worked = api.as(TestData.userOf("planner")).put("/api/calendars/{code}/days",
                    Map.of("from", "2029-03-12", "kind", "WORKING", "name", "加班"), factoryCode);
            assertThat(worked.status()).as(worked.toString()).isEqualTo(200);

            // cutting done -> sewing done spans 12 March: 13 days of the factory's, which works that day
            JsonNode order = api.createOrder(orderAt(factoryCode)).body();
            assertThat(milestone(order, "SEWING_DONE").path("plannedDate").asText())
                    .isEqualTo(DUE.minusDays(12).toString());
            assertThat(milestone(order, "CUTTING_DONE").path("plannedDate").asText())
                    .as("the factory works the day the company rests").isEqualTo(DUE.minusDays(25).toString());
            JsonNode otherFactory = api.createOrder(orderAt(TestData.FACTORY)).body();
            assertThat(milestone(otherFactory, "CUTTING_DONE").path("plannedDate").asText())
                    .as("a factory without the override rests with the company").isEqualTo(DUE.minusDays(26).toString());
        } finally {
            assertThat(api.delete("/api/calendars/COMPANY/days/2029-03-12").status()).isEqualTo(204);
        }
    }

    @Test
    void onlyGmPlannerAndAdministratorEditCalendars() {
        assertThat(shutdown(TestData.userOf("merchandiser")).status()).isEqualTo(403);
        assertThat(api.as(TestData.userOf("gm")).put("/api/calendars/COMPANY/week",
                Map.of("restDays", List.of("SATURDAY", "SUNDAY"), "workStart", "08:30", "workEnd", "18:00"))
                .status()).isEqualTo(200);
        assertThat(api.as(TestData.userOf("merchandiser")).delete("/api/calendars/COMPANY/days/2026-10-01")
                .status()).isEqualTo(403);
    }

    @Test
    void badEditsAreProblemsNamingTheField() {
        Response backwards = api.put("/api/calendars/{code}/days",
                Map.of("from", "2029-02-20", "to", "2029-02-19", "kind", "CLOSED", "name", "春节停工"), factoryCode);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorFields()).containsExactly("to");

        Response tooLong = api.put("/api/calendars/{code}/days",
                Map.of("from", "2029-01-01", "to", "2029-03-31", "kind", "CLOSED", "name", "停工"), factoryCode);
        assertThat(tooLong.errorFields()).containsExactly("to");

        Response noName = api.put("/api/calendars/{code}/days", Map.of("from", "2029-02-20", "kind", "CLOSED"),
                factoryCode);
        assertThat(noName.errorFields()).containsExactly("name");

        Response factoryWeek = api.put("/api/calendars/{code}/week",
                Map.of("restDays", List.of("SUNDAY"), "workStart", "08:00", "workEnd", "17:00"), factoryCode);
        assertThat(factoryWeek.errorFields()).containsExactly("restDays");

        Response hoursBackwards = api.put("/api/calendars/COMPANY/week",
                Map.of("restDays", List.of("SUNDAY"), "workStart", "18:00", "workEnd", "08:30"));
        assertThat(hoursBackwards.errorFields()).containsExactly("workEnd");

        assertThat(api.get("/api/calendars/F-NOWHERE").status()).isEqualTo(404);
        assertThat(api.delete("/api/calendars/{code}/days/2029-02-20", factoryCode).status()).isEqualTo(404);
    }

    @Test
    void aDayIsRemovedAgain() {
        shutdown(TestData.userOf("planner"));

        assertThat(api.delete("/api/calendars/{code}/days/2029-02-20", factoryCode).status()).isEqualTo(204);

        assertThat(api.get("/api/calendars/{code}", factoryCode).body().path("days")).hasSize(13);
    }

    private Response shutdown(String login) {
        return api.as(login).put("/api/calendars/{code}/days", Map.of("from", SHUTDOWN_FROM.toString(), "to",
                SHUTDOWN_TO.toString(), "kind", "CLOSED", "name", "春节停工"), factoryCode);
    }

    private CreateOrderRequest orderAt(String factory) {
        CreateOrderRequest base = data.orderRequest(TestData.uniqueOrderNo(), DUE);
        // no PO due dates: what is asserted is the calendar's effect alone
        return new CreateOrderRequest(base.orderNo(), base.customer(), base.style(), base.productType(),
                base.quantity(), base.dueDate(), factory, base.merchandiser(), base.businessOwner(),
                base.materials().stream().map(m -> new MaterialLineRequest(m.kind(), m.description(), m.supplierCode(),
                        m.quantity(), m.unit(), null)).toList(), null);
    }

    private boolean atFactory(JsonNode milestone) {
        return List.of("CUTTING_START", "SEWING_START", "CUTTING_DONE", "SEWING_DONE", "WASHING", "FINISHING",
                "PACKING", "INLINE_INSPECTION", "FINAL_INSPECTION", "EX_FACTORY", "PP_MEETING", "FABRIC_IN_HOUSE",
                "FABRIC_INSPECTED", "TRIMS_IN_HOUSE").contains(milestone.path("code").asText());
    }

    private boolean inShutdown(LocalDate day) {
        return !day.isBefore(SHUTDOWN_FROM) && !day.isAfter(SHUTDOWN_TO);
    }

    private static Map<String, String> day(JsonNode calendar, String date) {
        return stream(calendar.path("days")).filter(d -> d.path("date").asText().equals(date)).findFirst()
                .map(d -> Map.of("kind", d.path("kind").asText(), "name", d.path("name").asText())).orElseThrow();
    }
}
