package com.threadline.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/orders/{orderNo}/diagnosis on a hand-built woven order: a real order, a supplier's real shipment report
 * and a real approval request, then the plan rewritten so that its milestones fall two days apart in the past with
 * fabric in house five days late (pushing everything after it) and sewing done two days later still; ex-factory open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiagnosisApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private LocalDate base;

    @BeforeEach
    void signIn() {
        api = new ApiClient(rest, json);
        base = data.today().minusDays(70);
    }

    @Test
    void lateFabricFromTheSupplierIsTheFirstSlipAndSewingIsBlamedForTwoMoreDays() {
        String orderNo = lateFabricOrder();

        Response answer = api.get("/api/orders/{no}/diagnosis", orderNo);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode chain = answer.body().path("chain");
        assertThat(chain.path("late").asBoolean()).isTrue();
        assertThat(chain.path("firstSlip").asText()).isEqualTo("FABRIC_IN_HOUSE");
        assertThat(ApiClient.texts(chain.path("links"), "code")).containsExactly("FABRIC_IN_HOUSE",
                "FABRIC_INSPECTED", "PP_MEETING", "CUTTING_START", "CUTTING_DONE", "SEWING_DONE", "WASHING",
                "FINISHING", "PACKING", "FINAL_INSPECTION", "CUSTOMER_INSPECTION", "EX_FACTORY");
        assertThat(chain.path("sentence").asText()).isEqualTo("面料到厂晚 5 天（供应商 测试面料厂 · 测试供应商用户 于 "
                + base.plusDays(18) + " 14:20 报告：面料（shell fabric）发货 " + base.plusDays(17) + "，预计 "
                + base.plusDays(22) + " 到厂） → 验布晚 5 天 → 产前会晚 5 天 → 开裁晚 5 天 → 裁剪完成晚 5 天"
                + " → 缝制完成晚 7 天（本步又添 2 天） → 洗水晚 7 天 → 整烫晚 7 天 → 包装晚 7 天 → 尾期检验晚 7 天"
                + " → 客验晚 7 天 → 交期晚 7 天");
        assertThat(answer.body().path("lateDays").asLong()).isEqualTo(7);

        Map<String, JsonNode> steps = new HashMap<>();
        answer.body().path("steps").forEach(step -> steps.put(step.path("code").asText(), step));
        assertThat(steps.get("FABRIC_IN_HOUSE").path("addedDays").asLong()).isEqualTo(5);
        assertThat(steps.get("FABRIC_IN_HOUSE").path("reason").asText()).contains("测试面料厂", "测试供应商用户");
        assertThat(steps.get("SEWING_DONE").path("addedDays").asLong()).isEqualTo(2);
        assertThat(steps.get("CUTTING_START").path("onChain").asBoolean()).isTrue();
        assertThat(steps.get("CUTTING_START").path("addedDays").asLong()).isZero();
        assertThat(steps.get("TRIMS_IN_HOUSE").path("onChain").asBoolean()).isFalse();
        // fabric in house: shipped on plan (day 18), in house on day 20 + 5 = 25; planned 2 days
        assertThat(steps.get("FABRIC_IN_HOUSE").path("tookDays").asLong()).isEqualTo(7);
        assertThat(steps.get("FABRIC_IN_HOUSE").path("normDays").asLong()).isEqualTo(2);
        assertThat(steps.get("EX_FACTORY").hasNonNull("actual")).isFalse();
        assertThat(steps.get("EX_FACTORY").path("forecast").asText()).isEqualTo(base.plusDays(57).toString());
    }

    @Test
    void theStoryTellsReportsApprovalsAndChangesInTimeOrderWithPeopleByName() {
        String orderNo = lateFabricOrder();

        JsonNode story = api.get("/api/orders/{no}/diagnosis", orderNo).body().path("story");

        List<Instant> times = new ArrayList<>();
        story.forEach(entry -> times.add(Instant.parse(entry.path("at").asText())));
        assertThat(times).isSorted();
        List<String> kinds = ApiClient.texts(story, "kind");
        int report = kinds.indexOf("REPORT");
        int approval = kinds.indexOf("APPROVAL");
        assertThat(report).isEqualTo(0);
        assertThat(approval).isEqualTo(1);
        assertThat(kinds).contains("ACTION");
        assertThat(story.get(0).path("who").asText()).isEqualTo("测试供应商用户");
        assertThat(story.get(0).path("at").asText()).isEqualTo(base.plusDays(18) + "T06:20:00Z");
        assertThat(story.get(1).path("text").asText()).contains("额外费用", "返工加班费");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Response answer = api.get("/api/orders/{no}/diagnosis", "NO-SUCH-ORDER-42");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    /** The order described in the class comment; returns its number. */
    private String lateFabricOrder() {
        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(data.orderRequest(orderNo));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String supplier = data.supplierUser();
        Response shipped = api.as(supplier).post("/api/orders/{no}/materials/1/shipment", api.object()
                .put("shippedDate", base.plusDays(17).toString()).put("eta", base.plusDays(22).toString())
                .put("reportedBy", supplier), orderNo);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        Response asked = api.post("/api/approvals", api.object().put("orderNo", orderNo).put("kind", "EXTRA_COST")
                .put("amount", 800).put("reason", "返工加班费"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);

        long orderId = jdbc.queryForObject("SELECT id FROM orders WHERE order_no = ?", Long.class, orderNo);
        jdbc.query("SELECT code, seq FROM milestone WHERE order_id = ?", row -> {
            String code = row.getString(1);
            int seq = row.getInt(2);
            LocalDate planned = base.plusDays(2L * seq);
            int late = seq >= 19 ? 7 : seq >= 10 && !code.equals("TRIMS_IN_HOUSE") ? 5 : 0;
            boolean open = code.equals("EX_FACTORY");
            jdbc.update("UPDATE milestone SET planned_date = ?, forecast_date = ?, actual_date = ?, "
                    + "expected_date = NULL, slip_reason = NULL WHERE order_id = ? AND code = ?", planned,
                    planned.plusDays(late), open ? null : planned.plusDays(late), orderId, code);
        }, orderId);
        jdbc.update("UPDATE material_event SET reported_at = ? WHERE order_id = ?",
                base.plusDays(18).atTime(6, 20), orderId);
        jdbc.update("UPDATE approval_request SET requested_at = ? WHERE order_id = ?",
                base.plusDays(30).atTime(2, 0), orderId);
        return orderNo;
    }
}
