package com.threadline.alertanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderService;
import com.threadline.people.TestPeople;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/alert-analytics against hand-built delivery rows of two people of its own and hand-built exceptions raised
 * in March 2021, a month no other test raises any in. Times are written in UTC; the company's zone is UTC+8, its
 * week Monday to Friday 08:30–18:00, sleep hours 22:00–07:00.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertAnalyticsApiTest {

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PERIOD = "/api/alert-analytics?from=2021-03-08&to=2021-03-21";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestPeople testPeople;
    @Autowired
    TestData data;
    @Autowired
    OrderService orders;

    private ApiClient api;
    private String ann;
    private String bo;

    @BeforeAll
    void buildTheLog() {
        api = new ApiClient(rest, json);
        ann = testPeople.newUser("告警甲");
        bo = testPeople.newUser("告警乙");
        // Wednesday 10:00 local: one round on IM and SMS is one interruption, in working hours
        delivery(9001, 1, ann, "DINGTALK", "SENT", "2021-03-10 02:00:00");
        delivery(9001, 1, ann, "SMS", "SENT", "2021-03-10 02:00:30");
        delivery(9001, 1, ann, "INBOX", "SENT", "2021-03-10 02:00:00");
        // Wednesday 19:30: off hours
        delivery(9001, 2, ann, "DINGTALK", "SENT", "2021-03-10 11:30:00");
        // Thursday 23:15: a call in sleep hours
        delivery(9002, 1, ann, "VOICE", "SENT", "2021-03-11 15:15:00");
        // in the inbox only: no interruption
        delivery(9003, 1, ann, "INBOX", "SENT", "2021-03-11 03:00:00");
        // a text that failed: no interruption, no text
        delivery(9004, 1, ann, "SMS", "FAILED", "2021-03-13 04:00:00");
        // Saturday noon: off hours
        delivery(9005, 1, ann, "DINGTALK", "SENT", "2021-03-13 04:00:00");
        // Monday 06:59: sleep hours, the second week
        delivery(9006, 1, ann, "FEISHU", "SENT", "2021-03-14 22:59:00");
        // Monday 08:30 sharp: working hours
        delivery(9006, 2, ann, "EMAIL", "SENT", "2021-03-15 00:30:00");
        // Monday 18:00 sharp: off hours
        delivery(9007, 1, ann, "DINGTALK", "SENT", "2021-03-15 10:00:00");
        // a test message is no alert
        delivery(0, 1, ann, "DINGTALK", "SENT", "2021-03-10 02:00:00");
        // Bo: a call and a text on Wednesday 10:05, and a text after the period
        delivery(9001, 1, bo, "VOICE", "SENT", "2021-03-10 02:05:00");
        delivery(9001, 1, bo, "SMS", "SENT", "2021-03-10 02:05:00");
        delivery(9008, 1, bo, "SMS", "SENT", "2021-03-21 16:00:00");

        data.ensureRoleUsers();
        String orderNo = TestData.uniqueOrderNo();
        long orderId = orders.create(data.orderRequest(orderNo)).order().getId();
        // P0: confirmed 10 minutes early, 5 minutes late, never
        exception(orderId, orderNo, "P0", "2021-03-09 02:00:00", "2021-03-09 01:50:00");
        exception(orderId, orderNo, "P0", "2021-03-09 02:00:00", "2021-03-09 02:05:00");
        exception(orderId, orderNo, "P0", "2021-03-09 02:00:00", null);
        // P1: both in time, one at the deadline itself
        exception(orderId, orderNo, "P1", "2021-03-16 02:00:00", "2021-03-16 02:00:00");
        exception(orderId, orderNo, "P1", "2021-03-16 02:00:00", "2021-03-16 01:40:00");
        // P2: late
        exception(orderId, orderNo, "P2", "2021-03-12 02:00:00", "2021-03-12 03:00:00");
        // P3: no deadline
        exception(orderId, orderNo, "P3", null, "2021-03-12 03:00:00");
        exception(orderId, orderNo, "P3", null, null);
    }

    private void delivery(long exceptionId, int round, String recipient, String channel, String status,
            String utc) {
        jdbc.update("insert into notification_delivery (exception_id, round, recipient, channel, status, attempts,"
                + " first_attempt_at, last_attempt_at, sent_at) values (?, ?, ?, ?, ?, 1, " + literal(utc) + ", "
                + literal(utc) + ", " + literal("SENT".equals(status) ? utc : null) + ")",
                exceptionId, round, recipient, channel, status);
    }

    /** Raised 30 minutes before its deadline (or at 01:00 UTC that day when it has none). */
    private void exception(long orderId, String orderNo, String grade, String dueUtc, String confirmedUtc) {
        String detected = literal(dueUtc == null ? "2021-03-12 01:00:00"
                : LocalDateTime.parse(dueUtc, UTC_TEXT).minusMinutes(30).format(UTC_TEXT));
        jdbc.update("insert into order_exception (order_id, order_no, type, subject, status, priority, stage,"
                + " delay_days, value_share, title, escalation_level, response_due_at, detected_at, last_seen_at,"
                + " confirmed_at, version) values (?, ?, 'DELIVERY_DELAY', ?, 'CLOSED', ?, 'PRODUCTION', 6, 1, ?, 0, "
                + literal(dueUtc) + ", " + detected + ", " + detected + ", " + literal(confirmedUtc) + ", 0)",
                orderId, orderNo, "alert-analytics-" + grade, grade, "告警分析测试 " + grade);
    }

    private static String literal(String utc) {
        return utc == null ? "null" : "TIMESTAMP '" + utc + "'";
    }

    private JsonNode report() {
        Response answer = api.get(PERIOD);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode person(JsonNode report, String login) {
        return StreamSupport.stream(report.path("people").spliterator(), false)
                .filter(p -> p.path("login").asText().equals(login)).findFirst()
                .orElseThrow(() -> new AssertionError(login + " not in " + report));
    }

    @Test
    void countsEachPersonsInterruptionsByKindOfHour() {
        JsonNode report = report();

        assertThat(report.path("weeks")).extracting(JsonNode::asText).containsExactly("2021-03-08", "2021-03-15");
        assertThat(report.path("sleepHours").asText()).isEqualTo("22:00-07:00");
        JsonNode a = person(report, ann);
        assertThat(a.path("name").asText()).isEqualTo("测试 告警甲");
        assertThat(List.of(a.path("working").asLong(), a.path("off").asLong(), a.path("sleep").asLong(),
                a.path("total").asLong())).containsExactly(2L, 3L, 2L, 7L);
        assertThat(a.path("voiceCalls").asLong()).isEqualTo(1);
        assertThat(a.path("sms").asLong()).isEqualTo(1);
        List<String> weeks = new ArrayList<>();
        a.path("weekly").forEach(w -> weeks.add(w.path("week").asText() + ":" + w.path("working").asLong() + "/"
                + w.path("off").asLong() + "/" + w.path("sleep").asLong()));
        assertThat(weeks).containsExactly("2021-03-08:1/2/1", "2021-03-15:1/1/1");
    }

    @Test
    void countsCallsAndTextsThatWentOutInThePeriod() {
        JsonNode b = person(report(), bo);

        assertThat(b.path("name").asText()).isEqualTo("测试 告警乙");
        assertThat(List.of(b.path("working").asLong(), b.path("off").asLong(), b.path("sleep").asLong()))
                .containsExactly(1L, 0L, 0L);
        assertThat(b.path("voiceCalls").asLong()).isEqualTo(1);
        assertThat(b.path("sms").asLong()).isEqualTo(1);
    }

    @Test
    void givesTheShareConfirmedWithinTheDeadlineByGrade() {
        List<String> grades = new ArrayList<>();
        report().path("grades").forEach(g -> grades.add(g.path("grade").asText() + ":" + g.path("alerts").asLong()
                + ":" + g.path("withDeadline").asLong() + ":" + g.path("confirmedInTime").asLong() + ":"
                + (g.path("share").isNull() || g.path("share").isMissingNode() ? "-" : g.path("share").asText())));

        assertThat(grades).containsExactly("P0:3:3:1:0.3333333333333333", "P1:2:2:2:1.0", "P2:1:1:0:0.0",
                "P3:2:0:0:-");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnItsField() {
        Response answer = api.get("/api/alert-analytics?from=2021-03-21&to=2021-03-08");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("from");
    }

    @Test
    void onlyTheGmAndTheAdministratorReadIt() {
        assertThat(api.as(TestData.userOf("planner")).get(PERIOD).status()).isEqualTo(403);
        assertThat(api.as(TestData.userOf("gm")).get(PERIOD).status()).isEqualTo(200);
    }
}
