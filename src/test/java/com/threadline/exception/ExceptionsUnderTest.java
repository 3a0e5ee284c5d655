package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderRepository;
import com.threadline.plan.Stage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the exception API tests share: orders to hang exceptions on, exceptions opened the way a monitor
 * opens them (ExceptionRegistry.reconcile, then the first alert's async job, since tests run jobs
 * themselves), and each handling step as an HTTP call. Each test class gets one for its own client from
 * {@link Fixtures}.
 */
public class ExceptionsUnderTest {

    /** The beans an ExceptionsUnderTest works with, autowired once as one. */
    @Component
    public static class Fixtures {

        private final TestData data;
        private final ExceptionRegistry registry;
        private final OrderExceptionRepository exceptions;
        private final OrderRepository orders;
        private final ManagementService management;
        private final EntityManager entities;
        private final PlatformTransactionManager transactions;
        private final MonitorRunner monitors;

        Fixtures(TestData data, ExceptionRegistry registry, OrderExceptionRepository exceptions,
                OrderRepository orders, ManagementService management, EntityManager entities,
                PlatformTransactionManager transactions, MonitorRunner monitors) {
            this.data = data;
            this.registry = registry;
            this.exceptions = exceptions;
            this.orders = orders;
            this.management = management;
            this.entities = entities;
            this.transactions = transactions;
            this.monitors = monitors;
        }

        /** Exceptions handled over HTTP through {@code api}. */
        public ExceptionsUnderTest using(ApiClient api) {
            return new ExceptionsUnderTest(api, this);
        }
    }

    static final String PURCHASER = TestData.userOf("purchaser");
    static final String MERCHANDISER = TestData.userOf("merchandiser");

    private final ApiClient api;
    private final Fixtures beans;
    private final TransactionTemplate transaction;

    private ExceptionsUnderTest(ApiClient api, Fixtures beans) {
        this.api = api;
        this.beans = beans;
        this.transaction = new TransactionTemplate(beans.transactions);
        beans.data.ensureRoleUsers();
    }

    // Orders and exceptions -------------------------------------------------------------------------------

    /** A new order at TestData's factory, created over HTTP. */
    public String newOrder() {
        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(beans.data.orderRequest(orderNo));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return orderNo;
    }

    /** A new order at the given factory (which must exist), with TestData's suppliers. */
    String newOrderAt(String factoryCode) {
        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(beans.data.orderRequestAt(orderNo, factoryCode));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return orderNo;
    }

    /** A material line late by {@code delayDays}: 1 → P2, 2–5 → P1, more → P0, 0 → P3. */
    public Finding materialDelay(String orderNo, int delayDays) {
        return finding(orderNo, ExceptionType.MATERIAL_DELAY, "LINE-1", Stage.MATERIALS, delayDays, 1.0, "purchaser",
                TestData.FACTORY, TestData.FABRIC_SUPPLIER);
    }

    Finding finding(String orderNo, ExceptionType type, String subject, Stage stage, int delayDays,
            double valueShare, String ownerRole, String factoryCode, String supplierCode) {
        Long orderId = beans.orders.require(orderNo).getId();
        return new Finding(orderId, orderNo, type, subject, stage, delayDays, valueShare, ownerRole, factoryCode,
                supplierCode, type.label() + " 晚 " + delayDays + " 天", "测试发现", null);
    }

    /** Opens the exception as a monitor would and sends its first alert; returns its id. */
    public long open(Finding finding) {
        // the order's own monitor scan would otherwise clear this made-up finding meanwhile
        beans.monitors.awaitScansOfChangedOrders();
        ExceptionRegistry.Outcome outcome = beans.registry.reconcile(finding.type(), List.of(finding),
                List.of(finding.orderNo()));
        assertThat(outcome.opened()).as("opened").isEqualTo(1);
        OrderException exception = beans.exceptions.findByOrderNoOrderByDetectedAtDesc(finding.orderNo()).stream()
                .filter(e -> e.getType() == finding.type() && e.getSubject().equals(finding.subject()) && e.isOpen())
                .findFirst().orElseThrow();
        Job notify = beans.management.createJobQuery().processInstanceId(exception.getProcessInstanceId())
                .activityId("Task_NotifyResponsibles").singleResult();
        assertThat(notify).as("the first alert's job").isNotNull();
        beans.management.executeJob(notify.getId());
        return exception.getId();
    }

    // Handling steps over HTTP ----------------------------------------------------------------------------

    Response confirm(long id, String by) {
        return api.as(by).post("/api/exceptions/{id}/confirm", body().put("note", "on it"), id);
    }

    Response plan(long id, String by, String plan) {
        return api.as(by).post("/api/exceptions/{id}/plan", body().put("plan", plan)
                .put("expectedRecoveryDate", beans.data.today().plusDays(5).toString()), id);
    }

    /** An action taken by the purchaser. */
    Response action(long id, Object body) {
        return api.as(PURCHASER).post("/api/exceptions/{id}/actions", body, id);
    }

    ObjectNode action(String kind, String description) {
        return body().put("kind", kind).put("description", description);
    }

    Response verify(long id, boolean resolved) {
        return api.as(MERCHANDISER).post("/api/exceptions/{id}/verify", body().put("resolved", resolved)
                .put("notes", resolved ? "all fabric in house" : "only half arrived"), id);
    }

    Response close(long id, String rootCause) {
        return api.as(MERCHANDISER).post("/api/exceptions/{id}/close", closing(rootCause), id);
    }

    /** The review; the made-up condition still holds at closing, so it is watched again in a week. */
    ObjectNode closing(String rootCause) {
        ObjectNode body = body().put("measures", "air freight, second mill booked")
                .put("deliveryImpactDays", 2).put("lessonsLearned", "book two mills for key fabrics")
                .put("decision", "WATCH_FROM").put("watchFrom", LocalDate.now().plusDays(7).toString());
        return rootCause == null ? body : body.put("rootCause", rootCause);
    }

    /** Takes an exception that needs a plan (P0, P1) from open to closed; each step must succeed. */
    void handleAndClose(long id, String rootCause) {
        expectOk(confirm(id, PURCHASER));
        expectOk(plan(id, PURCHASER, "air-freight half the fabric"));
        expectOk(action(id, action("SWITCH_LOGISTICS", "air freight 800 m")));
        expectOk(verify(id, true));
        expectOk(close(id, rootCause));
    }

    /** Takes an exception that needs no plan (P2, P3) from open to closed. */
    void confirmAndClose(long id, String rootCause) {
        expectOk(confirm(id, PURCHASER));
        expectOk(verify(id, true));
        expectOk(close(id, rootCause));
    }

    Response detail(long id) {
        return api.get("/api/exceptions/{id}", id);
    }

    // Test clock ------------------------------------------------------------------------------------------

    /**
     * Business times come from the real clock, so a test that needs known durations rewrites them: detected
     * {@code responseMinutes} before confirmation, and the plan {@code planMinutes} after detection (null: none).
     */
    void rewriteTimes(long id, Instant detectedAt, int responseMinutes, Integer planMinutes) {
        transaction.executeWithoutResult(status -> beans.entities.createQuery("update OrderException e set "
                        + "e.detectedAt = :detected, e.confirmedAt = :confirmed, e.planSubmittedAt = :planned, "
                        + "e.responseDueAt = :responseDue where e.id = :id")
                .setParameter("detected", detectedAt)
                .setParameter("confirmed", detectedAt.plus(Duration.ofMinutes(responseMinutes)))
                .setParameter("planned", planMinutes == null ? null : detectedAt.plus(Duration.ofMinutes(planMinutes)))
                .setParameter("responseDue", detectedAt.plus(Duration.ofMinutes(30)))
                .setParameter("id", id)
                .executeUpdate());
    }

    LocalDate today() {
        return beans.data.today();
    }

    ObjectNode body() {
        return api.object();
    }

    static Response expectOk(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }
}
