package com.threadline.exception;

import static com.threadline.TestData.userOf;
import static com.threadline.web.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.approval.ApprovalService;
import com.threadline.exception.LoopUnderTest.Loop;
import com.threadline.exception.OrderException.Review;
import com.threadline.order.ApiClient;
import com.threadline.plan.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Snooze (only who confirmed, never past a P0's plan deadline; a late plan held meanwhile is escalated when it
 * ends, after the snoozer is reminded) and closing while the condition holds (a decision, and no new exception
 * for the condition unless it gets worse, its watch date passes or its due-date change falls through).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnoozeAndClosingTest {

    private static final Review REVIEW = new Review("mill dye-lot rejected", "second mill booked", 2, "two mills");

    @Autowired
    LoopUnderTest loops;
    @Autowired
    ExceptionService service;
    @Autowired
    ExceptionRegistry registry;
    @Autowired
    ApprovalService approvals;
    @Autowired
    QueriesForTimeline timelines;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void whoConfirmedSnoozesTheLatePlanEscalationWhichFollowsTheReminderToThemWhenTheSnoozeEnds() {
        Loop loop = loops.open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        long id = loop.exception.getId();
        service.confirm(id, userOf("purchaser"), "calling the mill");
        ApiClient merchandiser = api(userOf("merchandiser"));
        Map<String, String> fiveHours = Map.of("until", companyTime(5 * 60), "reason", "等工厂明早回复");

        assertThat(merchandiser.post("/api/exceptions/{id}/snooze", fiveHours, id).status()).isEqualTo(409);
        assertThat(api(userOf("purchaser")).post("/api/exceptions/{id}/snooze", fiveHours, id).status())
                .isEqualTo(200);

        loop.runDueJobs(4 * 60 + 1);
        assertThat(timelines.kinds(id)).contains("SNOOZED", "PLAN_OVERDUE_HELD").doesNotContain("PLAN_OVERDUE");
        assertThat(loop.minutesByPerson()).doesNotContainKey(userOf("businessOwner"));

        loop.runDueJobs(5 * 60 + 1);
        assertThat(timelines.kinds(id)).containsSubsequence("SNOOZED", "PLAN_OVERDUE_HELD", "SNOOZE_ENDED",
                "PLAN_OVERDUE");
        assertThat(loop.minutesByPerson().get(userOf("purchaser"))).as("reminded when the snooze ended")
                .endsWith(5 * 60 + 1);
        assertThat(loop.minutesByPerson().get(userOf("businessOwner"))).containsExactly(5 * 60 + 1);
    }

    @Test
    void aP0IsNeverSnoozedPastItsPlanDeadlineNorAnythingBeforeItsConfirmation() {
        Loop loop = loops.open(ExceptionType.DELIVERY_DELAY, "ORDER", 8);
        long id = loop.exception.getId();
        ApiClient owner = api(userOf("businessOwner"));
        assertThat(owner.post("/api/exceptions/{id}/snooze", Map.of("until", companyTime(60), "reason", "开会"), id)
                .status()).as("not confirmed yet").isEqualTo(409);
        service.confirm(id, userOf("businessOwner"), null);

        assertInvalid(owner.post("/api/exceptions/{id}/snooze", Map.of("until", companyTime(3 * 60),
                "reason", "开会"), id), "until");
        assertInvalid(owner.post("/api/exceptions/{id}/snooze", Map.of("until", companyTime(-5),
                "reason", "开会"), id), "until");
        assertInvalid(owner.post("/api/exceptions/{id}/snooze", Map.of("until", companyTime(60)), id), "reason");
        assertThat(timelines.kinds(id)).doesNotContain("SNOOZED");
        assertThat(owner.post("/api/exceptions/{id}/snooze", Map.of("until", companyTime(60), "reason", "开会"), id)
                .status()).isEqualTo(200);
    }

    @Test
    void closingWhileTheConditionHoldsAsksForADecisionAndOpensNothingNewUnlessItGetsWorseOrTheDatePasses() {
        Loop loop = resolved();
        long id = loop.exception.getId();
        ApiClient merchandiser = api(userOf("merchandiser"));
        Map<String, Object> review = Map.of("rootCause", "mill dye-lot rejected", "measures", "second mill");
        assertInvalid(merchandiser.post("/api/exceptions/{id}/close", review, id), "decision");
        assertInvalid(merchandiser.post("/api/exceptions/{id}/close", with(review, "decision", "WATCH_FROM"), id),
                "watchFrom");
        assertThat(loop.stored().isOpen()).as("nothing half-written").isTrue();

        assertThat(merchandiser.post("/api/exceptions/{id}/close", with(with(review, "decision", "WATCH_FROM"),
                "watchFrom", today().plusDays(7).toString()), id).status()).isEqualTo(200);

        assertThat(reconcile(loop, 3).opened()).as("the same condition").isZero();
        assertThat(timelines.kinds(id)).contains("CLOSE_DECISION", "CLOSED");
        jdbc.update("update order_exception set watch_from = ? where id = ?", today(), id);
        assertThat(reconcile(loop, 3).opened()).as("the watch date passed").isEqualTo(1);
    }

    @Test
    void aConditionClosedAsWatchedReopensAtOnceWhenItGetsWorse() {
        Loop loop = resolved();
        service.close(loop.exception.getId(), userOf("merchandiser"), REVIEW,
                new ExceptionService.Decision(ClosingDecision.Kind.WATCH_FROM, null, today().plusDays(30)));

        assertThat(reconcile(loop, 3).opened()).isZero();
        assertThat(reconcile(loop, 4).opened()).isEqualTo(1);
    }

    @Test
    void aNewDueDateAtClosingIsAChangeRequestAndItsWithdrawalEndsTheWatch() {
        Loop loop = resolved();
        service.close(loop.exception.getId(), userOf("merchandiser"), REVIEW,
                new ExceptionService.Decision(ClosingDecision.Kind.NEW_DUE_DATE, today().plusDays(100), null));

        Long request = loop.stored().getClosingDecision().getChangeRequestId();
        assertThat(request).isNotNull();
        assertThat(reconcile(loop, 3).opened()).as("while the change waits for approval").isZero();
        approvals.withdraw(request, userOf("merchandiser"));
        assertThat(reconcile(loop, 3).opened()).isEqualTo(1);
    }

    /** A P1 material delay confirmed, planned and verified resolved while the monitor still sees it. */
    private Loop resolved() {
        Loop loop = loops.open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        long id = loop.exception.getId();
        service.confirm(id, userOf("purchaser"), null);
        service.submitPlan(id, userOf("purchaser"), "air freight", null);
        service.verify(id, userOf("merchandiser"), true, "in house");
        return loop;
    }

    private ExceptionRegistry.Outcome reconcile(Loop loop, int delayDays) {
        OrderException e = loop.exception;
        return registry.reconcile(e.getType(), List.of(new Finding(e.getOrderId(), e.getOrderNo(), e.getType(),
                e.getSubject(), Stage.MATERIALS, delayDays, 1.0, "purchaser", null, null, "late " + delayDays,
                "test finding", null)), List.of(e.getOrderNo()));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(body);
        more.put(key, value);
        return more;
    }

    private ApiClient api(String user) {
        return new ApiClient(rest, json).as(user);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now plus {@code minutes}, as the company's clock reads it. */
    private String companyTime(int minutes) {
        return LocalDateTime.now(clock).plusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
