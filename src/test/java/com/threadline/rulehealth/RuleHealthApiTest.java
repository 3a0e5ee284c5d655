package com.threadline.rulehealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.rulehealth.DecisionHits.Hits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * GET /api/rule-health from a decision history seeded through the engine: the real decision tables evaluated with
 * chosen inputs on an engine clock set to June 2020, a month no other test evaluates in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleHealthApiTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String UNKNOWN_TYPE = "规则健康测试类型";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    DecisionService decisions;
    @Autowired
    TestData data;
    @Autowired
    HistoryService history;

    private ApiClient api;

    @BeforeAll
    void seedTheDecisionHistory() {
        api = new ApiClient(rest, json);
        try {
            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2020, 6, 10, 10, 0).atZone(ZONE).toInstant()));
            evaluate("ResponseDeadlines", Map.of("priority", "P0"), 3);
            evaluate("ResponseDeadlines", Map.of("priority", "P2"), 2);
            evaluate("EscalationChain", Map.of("role", "merchandiser"), 2);
            evaluate("ExceptionGrading", Map.of("type", UNKNOWN_TYPE, "delayDays", 3, "valueShare", 0.2,
                    "stage", "PRODUCTION", "slackDays", 10), 2);
            // the day after the window (30 days up to 2020-06-15 ends at its midnight): not counted
            ClockUtil.setCurrentTime(Date.from(LocalDate.of(2020, 6, 16).atStartOfDay(ZONE).toInstant()));
            evaluate("ResponseDeadlines", Map.of("priority", "P1"), 1);
        } finally {
            ClockUtil.reset();
        }
    }

    private void evaluate(String key, Map<String, Object> inputs, int times) {
        for (int i = 0; i < times; i++) {
            decisions.evaluateDecisionTableByKey(key).variables(inputs).evaluate();
        }
    }

    private JsonNode report(String to) {
        Response answer = api.get("/api/rule-health?to={to}", to);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode decision(JsonNode report, String name) {
        return StreamSupport.stream(report.path("decisions").spliterator(), false)
                .filter(d -> d.path("name").asText().equals(name)).findFirst().orElseThrow(
                        () -> new AssertionError("no decision named " + name + " in " + report));
    }

    /** id:hits:neverHit:alwaysHit:catchAll for every rule, in table order. */
    private static List<String> rules(JsonNode decision) {
        List<String> rules = new ArrayList<>();
        decision.path("rules").forEach(r -> rules.add(r.path("id").asText() + ":" + r.path("hits").asLong() + ":"
                + r.path("neverHit").asBoolean() + ":" + r.path("alwaysHit").asBoolean() + ":"
                + r.path("catchAll").asBoolean()));
        return rules;
    }

    @Test
    void countsEachRulesMatchesInTheThirtyDaysUpToTheDay() {
        JsonNode report = report("2020-06-15");

        assertThat(report.path("from").asText()).isEqualTo("2020-05-17");
        assertThat(report.path("to").asText()).isEqualTo("2020-06-15");
        JsonNode deadlines = decision(report, "响应时限");
        assertThat(deadlines.path("evaluations").asLong()).isEqualTo(5);
        assertThat(deadlines.path("hitPolicy").asText()).isEqualTo("UNIQUE");
        assertThat(rules(deadlines)).containsExactly(
                "Rule_P0:3:false:false:false",
                "Rule_P1:0:true:false:false",
                "Rule_P2:2:false:false:false",
                "Rule_P3:0:true:false:false");
        assertThat(deadlines.path("rules").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(deadlines.path("rules").get(0).path("annotation").asText()).isEqualTo("P0：30 分钟响应，2 小时出方案。");
        assertThat(deadlines.path("catchAllInputs")).isEmpty();
    }

    @Test
    void aRuleMatchedInEveryEvaluationIsMarked() {
        JsonNode chain = decision(report("2020-06-15"), "升级链");

        assertThat(chain.path("evaluations").asLong()).isEqualTo(2);
        List<String> rules = rules(chain);
        assertThat(rules).contains("Rule_Merchandiser:2:false:true:false");
        assertThat(rules).filteredOn(r -> !r.startsWith("Rule_Merchandiser:"))
                .allSatisfy(r -> assertThat(r).contains(":0:true:false:"));
    }

    @Test
    void theInputsThatFellToTheCatchAllAreListedWithTheirLabels() {
        JsonNode grading = decision(report("2020-06-15"), "异常分级");

        assertThat(grading.path("evaluations").asLong()).isEqualTo(2);
        List<String> rules = rules(grading);
        assertThat(rules).hasSize(27);
        assertThat(rules.get(26)).isEqualTo("Rule_AnyOtherException:2:false:true:true");
        assertThat(rules.subList(0, 26)).allSatisfy(r -> assertThat(r).endsWith(":0:true:false:false"));
        assertThat(grading.path("rules").get(26).path("annotation").asText())
                .isEqualTo("兜底：其他类型或缺少天数的异常按 P2 处理。");
        JsonNode inputs = grading.path("catchAllInputs");
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).path("count").asLong()).isEqualTo(2);
        List<String> values = new ArrayList<>();
        inputs.get(0).path("inputs").forEach(i -> values.add(i.path("label").asText() + "=" + i.path("value").asText()));
        assertThat(values).containsExactlyInAnyOrder("异常类型=" + UNKNOWN_TYPE, "影响天数=3", "受影响金额占比=0.2",
                "计划所处阶段=PRODUCTION", "距关键日期天数=10");
    }

    @Test
    void aTableNotEvaluatedInTheWindowHasEveryRuleNeverHit() {
        JsonNode report = report("2020-06-15");

        JsonNode credit = decision(report, "信用检查");
        assertThat(credit.path("evaluations").asLong()).isZero();
        assertThat(rules(credit)).isNotEmpty().allSatisfy(r -> assertThat(r).contains(":0:true:false:"));
        assertThat(report.path("decisions")).extracting(d -> d.path("name").asText()).containsExactlyInAnyOrder(
                "审批层级", "信用检查", "升级链", "异常分级", "通知渠道", "响应时限", "责任角色", "库存核对");
    }

    @Test
    void theNextWindowCountsOnlyWhatFellIntoIt() {
        JsonNode deadlines = decision(report("2020-07-15"), "响应时限");

        assertThat(deadlines.path("evaluations").asLong()).isEqualTo(1);
        assertThat(rules(deadlines)).containsExactly(
                "Rule_P0:0:true:false:false",
                "Rule_P1:1:false:true:false",
                "Rule_P2:0:true:false:false",
                "Rule_P3:0:true:false:false");
    }

    @Test
    void everyMonitorThatNeverFiredInTheWindowIsNamed() {
        JsonNode monitors = report("2020-06-15").path("monitors");

        List<String> rows = new ArrayList<>();
        monitors.forEach(m -> rows.add(m.path("name").asText() + ":" + m.path("firings").asLong() + ":"
                + m.path("silent").asBoolean()));
        assertThat(rows).containsExactlyInAnyOrder("交期延误:0:true", "面辅料延误:0:true", "设计变更:0:true",
                "物流偏差:0:true", "产能不足:0:true", "未按时开产:0:true", "交期风险:0:true");
    }

    @Test
    void aBusyWindowReadADayAtATimeCountsTheSame() {
        Instant from = LocalDate.of(2020, 5, 17).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(2020, 6, 16).atStartOfDay(ZONE).toInstant();
        Set<String> catchAll = Set.of("Rule_AnyOtherException");

        Hits whole = new DecisionHits(history).of("ExceptionGrading", from, to, catchAll);
        Hits byDay = new DecisionHits(history, 0).of("ExceptionGrading", from, to, catchAll);

        assertThat(whole.evaluations()).isEqualTo(2);
        assertThat(byDay).isEqualTo(whole);
        assertThat(new DecisionHits(history, 0).of("ResponseDeadlines", from, to, Set.of()))
                .isEqualTo(new Hits(5, Map.of("Rule_P0", 3L, "Rule_P2", 2L), Map.of()));
    }

    @Test
    void aDayAfterTodayIsRefusedOnItsField() {
        Response answer = api.get("/api/rule-health?to={to}", LocalDate.now(ZONE).plusDays(2).toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("to");
    }

    @Test
    void onlyTheGmAndTheAdministratorReadIt() {
        data.ensureRoleUsers();

        assertThat(api.as(TestData.userOf("merchandiser")).get("/api/rule-health").status()).isEqualTo(403);
        assertThat(api.as(TestData.userOf("gm")).get("/api/rule-health").status()).isEqualTo(200);
    }
}
