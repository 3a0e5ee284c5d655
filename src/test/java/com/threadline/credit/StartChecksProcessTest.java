package com.threadline.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.partner.MaterialKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every path of processes/order-start-checks.bpmn, from the order's entry through the API, finance's decision and
 * the supplier's answer to a purchase request, with the real services and delegates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartChecksProcessTest {

    private static final String FINANCE_USER = TestData.userOf("finance");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;

    private ApiClient api;
    private String orderNo;
    private String customer;
    private ProcessInstance lifecycle;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new ApiClient(rest, json);
        data.ensurePartners();
        data.supplierUser();
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        customer = "Credit Test " + UUID.randomUUID();
    }

    // Credit -------------------------------------------------------------------------------------------------

    @Test
    void aCustomerWithoutCreditDataPasses() {
        create(order(new BigDecimal("25.00"), List.of()));

        assertThat(finishedStartChecks()).containsSubsequence("Task_GatherCreditFacts", "Task_DecideCredit",
                "Task_RecordCreditOutcome", "Gateway_IsCreditOk", "Gateway_CreditCleared", "Task_CheckStock",
                "Event_StartChecksDone").doesNotContain("Task_ApproveCredit");
        assertThat(lifecycle).isWaitingAt("Task_ConfirmOrder");
        JsonNode order = api.order(orderNo).body();
        assertThat(order.path("creditCheck").asText()).isEqualTo("PASSED");
        assertThat(order.path("creditNote").asText()).startsWith("未设信用额度");
    }

    @Test
    void anOrderWithinTheLimitPasses() {
        grantCredit("100000", "0");
        create(order(new BigDecimal("50"), List.of()));

        assertThat(lifecycle).isWaitingAt("Task_ConfirmOrder");
        assertThat(api.order(orderNo).body().path("creditCheck").asText()).isEqualTo("PASSED");
    }

    @Test
    void anOrderOverTheLimitWaitsForFinanceWhoApprovesIt() {
        grantCredit("10000", "0");
        create(order(new BigDecimal("12.50"), List.of()));

        ProcessInstance checks = startChecks();
        assertThat(checks).isWaitingAt("Task_ApproveCredit");
        assertThat(task(checks)).hasCandidateGroup("finance");
        assertThat(lifecycle).isWaitingAt("CallActivity_RunStartChecks");
        JsonNode held = api.order(orderNo).body();
        assertThat(held.path("creditCheck").asText()).isEqualTo("HELD");
        assertThat(held.path("creditNote").asText()).contains("超出信用额度").contains("未结订单 CNY 15000.00，额度 10000.00");
        assertThat(api.as(FINANCE_USER).get("/api/credit-holds").body().findValuesAsText("orderNo")).contains(orderNo);
        JsonNode factorysView = api.as(data.factoryUser()).order(orderNo).body();
        assertThat(factorysView.has("creditCheck") || factorysView.has("creditNote") || factorysView.has("unitPrice"))
                .as("the factory sees neither price nor credit: %s", factorysView).isFalse();

        Response merch = api.as(TestData.userOf("merchandiser")).post("/api/credit-holds/{no}/decision",
                Map.of("approved", true), orderNo);
        assertThat(merch.status()).as("only finance decides").isEqualTo(403);
        Response approved = api.as(FINANCE_USER).post("/api/credit-holds/{no}/decision",
                Map.of("approved", true, "comment", "客户已付预付款"), orderNo);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

        assertThat(checks).isEnded().hasPassedInOrder("Task_ApproveCredit", "Task_RecordCreditApproval",
                "Task_CheckStock", "Event_StartChecksDone");
        assertThat(lifecycle).isWaitingAt("Task_ConfirmOrder");
        JsonNode order = api.order(orderNo).body();
        assertThat(order.path("creditCheck").asText()).isEqualTo("APPROVED");
        assertThat(order.path("creditNote").asText()).isEqualTo("财务已批准（finance test）：客户已付预付款");
        assertThat(api.as(FINANCE_USER).get("/api/credit-holds").body().findValuesAsText("orderNo"))
                .doesNotContain(orderNo);
    }

    @Test
    void anOrderOfACustomerWithOverdueReceivablesIsRejectedByFinanceAndCancelled() {
        grantCredit(null, "3000");
        create(order(null, List.of()));
        ProcessInstance checks = startChecks();
        assertThat(checks).isWaitingAt("Task_ApproveCredit");
        assertThat(api.order(orderNo).body().path("creditNote").asText()).startsWith("客户有逾期应收款");

        Response noReason = api.as(FINANCE_USER).post("/api/credit-holds/{no}/decision", Map.of("approved", false),
                orderNo);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("comment");
        assertThat(checks).isWaitingAt("Task_ApproveCredit");

        Response rejected = api.as(FINANCE_USER).post("/api/credit-holds/{no}/decision",
                Map.of("approved", false, "comment", "逾期 3000 元未收回"), orderNo);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(204);

        assertThat(checks).isEnded().hasPassed("Task_CancelOrderOnCredit", "Event_CreditRejected")
                .hasNotPassed("Task_CheckStock");
        assertThat(lifecycle).isEnded().hasPassed("Event_OrderClosedOnCredit").hasNotPassed("SubProcess_Design");
        JsonNode order = api.order(orderNo).body();
        assertThat(order.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.path("cancelReason").asText()).isEqualTo("信用检查驳回：逾期 3000 元未收回");
        assertThat(order.path("creditCheck").asText()).isEqualTo("REJECTED");
    }

    @Test
    void financeMayAlsoDecideInTasklistWithTheForm() {
        grantCredit("1", "0");
        create(order(new BigDecimal("1"), List.of()));
        ProcessInstance checks = startChecks();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(checks.getId()).initializeFormKeys()
                .singleResult().getCamundaFormRef().getKey()).isEqualTo("approve-credit");

        complete(task(checks), withVariables("creditApproved", false, "creditComment", "额度不足"));

        assertThat(lifecycle).isEnded().hasPassed("Event_OrderClosedOnCredit");
        assertThat(api.order(orderNo).body().path("cancelReason").asText()).isEqualTo("信用检查驳回：额度不足");
    }

    @Test
    void aMerchandisersCancellationEndsAHeldOrderToo() {
        grantCredit("1", "0");
        create(order(new BigDecimal("1"), List.of()));
        ProcessInstance checks = startChecks();

        api.cancel(orderNo, Map.of("reason", "客户撤单"));

        assertThat(checks).isEnded();
        assertThat(lifecycle).isEnded().hasPassed("Event_OrderClosedAsCancelled");
    }

    // Stock ------------------------------------------------------------------------------------------------

    @Test
    void aLineTheStockCoversIsTakenFromStockWithoutARequest() {
        String material = "stock fabric " + UUID.randomUUID();
        count(material, "2000", "m");
        create(order(null, List.of(line(material, "1000", null))));

        assertThat(lifecycle).isWaitingAt("Task_ConfirmOrder");
        JsonNode line = api.order(orderNo).body().path("materials").get(0);
        assertThat(line.path("supply").asText()).isEqualTo("FROM_STOCK");
        assertThat(stockOf(material)).isEqualByComparingTo("1000");
        assertThat(purchaseRequests()).isEmpty();
    }

    @Test
    void aShortLineIsRequestedOfItsSupplierWhosePromiseBecomesItsPoDueDate() {
        String material = "short fabric " + UUID.randomUUID();
        count(material, "500", "m");
        create(order(null, List.of(line(material, "1000", null),
                line("entered with its PO " + UUID.randomUUID(), "10", data.today().plusDays(30)))));

        assertThat(lifecycle).isWaitingAt("Task_ConfirmOrder");
        JsonNode lines = api.order(orderNo).body().path("materials");
        assertThat(lines.get(0).path("supply").asText()).isEqualTo("PURCHASE_REQUESTED");
        assertThat(lines.get(0).path("poDueDate").isMissingNode()).isTrue();
        assertThat(lines.get(1).path("supply").asText()).isEqualTo("ON_ORDER");
        assertThat(stockOf(material)).as("a short stock is not touched").isEqualByComparingTo("500");
        assertThat(purchaseRequests()).as("only the short line is requested").hasSize(1);

        ApiClient supplier = api.as(TestData.SUPPLIER_USER);
        JsonNode mine = purchaseRequests().get(0);
        assertThat(mine.path("material").asText()).isEqualTo(material);
        assertThat(mine.path("lineNo").asInt()).isEqualTo(1);
        assertThat(supplier.get("/api/suppliers/{code}/purchase-requests", TestData.TRIMS_SUPPLIER).status())
                .as("another supplier's requests").isEqualTo(404);

        LocalDate promised = data.today().plusDays(20);
        Response tooLate = supplier.post("/api/purchase-requests/{id}/promise",
                Map.of("promisedDate", data.today().plusDays(500).toString()), mine.path("id").asLong());
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.errorFields()).containsExactly("promisedDate");
        Response answered = supplier.post("/api/purchase-requests/{id}/promise",
                Map.of("promisedDate", promised.toString()), mine.path("id").asLong());
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        assertThat(answered.body().path("promisedDate").asText()).isEqualTo(promised.toString());
        assertThat(purchaseRequests()).as("no longer waiting for the supplier").isEmpty();
        JsonNode line = api.order(orderNo).body().path("materials").get(0);
        assertThat(line.path("poDueDate").asText()).isEqualTo(promised.toString());
        assertThat(line.path("expectedInHouse").asText()).isEqualTo(promised.toString());
        assertThat(supplier.post("/api/purchase-requests/{id}/promise", Map.of("promisedDate", promised.toString()),
                mine.path("id").asLong()).status()).as("answered once").isEqualTo(409);
    }

    @Test
    void aCancelledOrderGivesBackItsStockAndItsPurchaseRequestsStopWaiting() {
        String stocked = "stocked fabric " + UUID.randomUUID();
        String shortOne = "short lining " + UUID.randomUUID();
        count(stocked, "2000", "m");
        count(shortOne, "10", "m");
        create(order(null, List.of(line(stocked, "1000", null), line(shortOne, "800", null))));
        assertThat(stockOf(stocked)).isEqualByComparingTo("1000");
        JsonNode request = purchaseRequests().get(0);
        assertThat(request.path("material").asText()).isEqualTo(shortOne);

        Response cancelled = api.cancel(orderNo, Map.of("reason", "客户撤单"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        assertThat(stockOf(stocked)).as("the stocked line's metres are back").isEqualByComparingTo("2000");
        assertThat(stockOf(shortOne)).as("the short stock was never taken").isEqualByComparingTo("10");
        assertThat(purchaseRequests()).as("no purchase request waits for the cancelled order").isEmpty();
        assertThat(api.as(TestData.SUPPLIER_USER).post("/api/purchase-requests/{id}/promise",
                Map.of("promisedDate", data.today().plusDays(20).toString()), request.path("id").asLong()).status())
                .as("nor can it be answered").isEqualTo(409);
    }

    // ------------------------------------------------------------------------------------------------------

    private void grantCredit(String limit, String overdue) {
        Response added = api.post("/api/customers", Map.of("name", customer));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Map<String, Object> credit = new java.util.HashMap<>();
        credit.put("creditLimit", limit == null ? null : new BigDecimal(limit));
        credit.put("currency", "CNY");
        credit.put("overdueAmount", new BigDecimal(overdue));
        Response granted = api.put("/api/customers/{id}/credit", credit, added.body().path("id").asLong());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    }

    private void count(String material, String quantity, String unit) {
        Response counted = api.put("/api/stock", Map.of("material", material, "quantity", new BigDecimal(quantity), "unit", unit));
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
    }

    private BigDecimal stockOf(String material) {
        return ApiClient.stream(api.get("/api/stock").body()).filter(s -> s.path("material").asText().equals(material))
                .map(s -> s.path("quantity").decimalValue()).findFirst().orElseThrow();
    }

    /** This order's requests the fabric supplier's page shows, waiting for its answer. */
    private List<JsonNode> purchaseRequests() {
        Response waiting = api.as(TestData.SUPPLIER_USER)
                .get("/api/suppliers/{code}/purchase-requests", TestData.FABRIC_SUPPLIER);
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        return ApiClient.stream(waiting.body()).filter(r -> r.path("orderNo").asText().equals(orderNo)).toList();
    }

    private CreateOrderRequest order(BigDecimal unitPrice, List<MaterialLineRequest> materials) {
        return new CreateOrderRequest(orderNo, customer, "W-JK-2301", "WOVEN", 1200, data.today().plusDays(100),
                TestData.FACTORY, "merch", "owner", materials, null, unitPrice);
    }

    private static MaterialLineRequest line(String material, String quantity, LocalDate poDueDate) {
        return new MaterialLineRequest(MaterialKind.FABRIC, material, TestData.FABRIC_SUPPLIER,
                new BigDecimal(quantity), "m", poDueDate);
    }

    private void create(CreateOrderRequest request) {
        Response created = api.createOrder(request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        lifecycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNo).singleResult();
    }

    /** The order's start checks, while they wait (for finance). */
    private ProcessInstance startChecks() {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(lifecycle.getId()).singleResult();
    }

    /** The steps the order's start checks went through, in order, once they are over. */
    private List<String> finishedStartChecks() {
        HistoricProcessInstance checks = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(lifecycle.getId()).singleResult();
        assertThat(checks.getEndTime()).as("start checks over").isNotNull();
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(checks.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
