package com.threadline.exception;

import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.threadline.TestData;
import com.threadline.exception.OrderException.Review;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.notification.DeliveryKey;
import com.threadline.notification.LoggedRound;
import com.threadline.notification.DeliveryLog;
import com.threadline.notification.Inbox;
import com.threadline.notification.InboxMessage;
import com.threadline.notification.InboxMessageRepository;
import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import com.threadline.notification.channel.Channel;
import com.threadline.order.OrderService;
import com.threadline.plan.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Every path of processes/exception-handling.bpmn with the real decisions and delegates; the engine clock
 * is moved with ClockUtil and due jobs are executed by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExceptionHandlingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MonitorRunner monitors;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ExceptionRegistry registry;
    @Autowired
    ExceptionService exceptions;
    @Autowired
    OrderExceptionRepository repository;
    @Autowired
    InboxMessageRepository inbox;
    @Autowired
    Inbox inboxService;
    @Autowired
    ReadReceipts receipts;
    @Autowired
    DeliveryLog deliveryLog;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    ExceptionQueries queries;
    @Autowired
    TestData data;

    private String orderNo;
    private Long orderId;
    private Instant start;

    @BeforeEach
    void openOrder() {
        BpmnAwareTests.init(engine);
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        orderId = orders.create(data.orderRequest(orderNo)).order().getId();
        // the new order's own monitor scan would otherwise clear this test's made-up findings meanwhile
        monitors.awaitScansOfChangedOrders();
        start = Instant.now();
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDelayedMaterialIsGradedP1AndItsPeopleAreNotified() {
        OrderException exception = open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);

        assertThat(process(exception)).hasPassed("Task_GradeException", "Task_FindResponsibleRoles",
                "Task_SetResponseDeadlines", "Task_RecordGrade").isWaitingAt("Task_NotifyResponsibles");
        executeJobOf(exception, "Task_NotifyResponsibles");

        assertThat(process(exception)).isWaitingAt("Task_ConfirmHandling");
        assertThat(candidateGroups(exception)).containsExactlyInAnyOrder("purchaser", "merchandiser");
        assertThat(recipients(exception, 1)).containsExactlyInAnyOrder(userOf("purchaser"), userOf("merchandiser"));
        OrderException stored = repository.findById(exception.getId()).orElseThrow();
        assertThat(stored.getPriority()).isEqualTo("P1");
        assertThat(stored.getResponseDueAt()).isEqualTo(stored.getDetectedAt().plus(Duration.ofMinutes(30)));
    }

    @Test
    void whoReadsTheAlertWithin15MinutesIsNotNotifiedAgain() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        inboxService.markRead(inboxMessageOf(exception, userOf("purchaser")).getId(), userOf("purchaser"));
        openAlertLink(exception, userOf("merchandiser"));

        passMinutes(15);
        executeJobOf(exception, "Timer_Unread15Min");
        executeJobOf(exception, "Task_RemindUnread");

        assertThat(recipients(exception, 2)).isEmpty();
        assertThat(process(exception)).isWaitingAt("Task_ConfirmHandling").hasPassed("Event_UnreadReminded");
    }

    @Test
    void whoHasNotReadIsNotifiedAgainAt15And30Minutes() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        receipts.record(exception.getId(), userOf("merchandiser"), ReadVia.IM);

        passMinutes(15);
        executeJobOf(exception, "Timer_Unread15Min");
        executeJobOf(exception, "Task_RemindUnread");
        assertThat(recipients(exception, 2)).containsExactly(userOf("purchaser"));

        passMinutes(14);
        assertThat(dueJobs(exception)).isEmpty();
        passMinutes(1);
        executeJobOf(exception, "Timer_Unread15Min");
        executeJobOf(exception, "Task_RemindUnread");

        assertThat(recipients(exception, 3)).containsExactly(userOf("purchaser"));
        assertThat(process(exception)).isWaitingAt("Task_ConfirmHandling");
    }

    @Test
    void nobodyHasReadAt15MinutesSoEveryoneIsRemindedTwice() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);

        for (int round = 2; round <= 3; round++) {
            passMinutes(15);
            executeJobOf(exception, "Timer_Unread15Min");
            executeJobOf(exception, "Task_RemindUnread");
            assertThat(recipients(exception, round)).containsExactlyInAnyOrder(userOf("purchaser"),
                    userOf("merchandiser"));
        }
    }

    @Test
    void whoOpensTheAlertLinkBetweenRoundsIsNotRemindedAgain() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        passMinutes(15);
        executeJobOf(exception, "Timer_Unread15Min");
        executeJobOf(exception, "Task_RemindUnread");
        assertThat(recipients(exception, 2)).containsExactlyInAnyOrder(userOf("purchaser"), userOf("merchandiser"));

        openAlertLink(exception, userOf("purchaser"));
        passMinutes(15);
        executeJobOf(exception, "Timer_Unread15Min");
        executeJobOf(exception, "Task_RemindUnread");

        assertThat(recipients(exception, 3)).containsExactly(userOf("merchandiser"));
        assertThat(process(exception)).isWaitingAt("Task_ConfirmHandling");
    }

    @Test
    void aMissedResponseDeadlineEscalatesToTheNextLevel() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        openAlertLink(exception, userOf("purchaser"));
        openAlertLink(exception, userOf("merchandiser"));

        passMinutes(29);
        assertThat(jobOf(exception, "Timer_ResponseDeadline").getDuedate()).isAfter(ClockUtil.getCurrentTime());
        passMinutes(2);
        executeJobOf(exception, "Timer_ResponseDeadline");
        executeJobOf(exception, "Task_EscalateToNextLevel");

        assertThat(process(exception)).hasPassed("Task_EscalateToNextLevel").isWaitingAt("Task_ConfirmHandling");
        assertThat(candidateGroups(exception)).contains("businessOwner", "purchaser", "merchandiser");
        int round = inbox.lastRound(exception.getId());
        assertThat(recipients(exception, round)).containsExactly(userOf("businessOwner"));
        OrderException stored = repository.findById(exception.getId()).orElseThrow();
        assertThat(stored.getEscalationLevel()).isEqualTo(1);
        assertThat(timeline(exception)).contains("ESCALATED");
    }

    @Test
    void aLateSolutionPlanOfAP0IsEscalatedWhileThePlanTaskStaysOpen() {
        OrderException exception = openAndNotify(ExceptionType.DELIVERY_DELAY, "ORDER", 8);
        assertThat(repository.findById(exception.getId()).orElseThrow().getPriority()).isEqualTo("P0");
        exceptions.confirm(exception.getId(), userOf("businessOwner"), "on it");
        assertThat(process(exception)).isWaitingAt("Task_SubmitSolutionPlan");

        passMinutes(119);
        assertThat(dueJobs(exception)).isEmpty();
        passMinutes(2);
        executeJobOf(exception, "Timer_PlanDeadline");
        executeJobOf(exception, "Task_EscalateLatePlan");

        assertThat(process(exception)).hasPassed("Event_LatePlanEscalated").isWaitingAt("Task_SubmitSolutionPlan");
        OrderException stored = repository.findById(exception.getId()).orElseThrow();
        assertThat(timeline(exception)).contains("CONFIRMED", "PLAN_OVERDUE");
        assertThat(recipients(exception, inbox.lastRound(exception.getId()))).containsExactly(userOf("gm"));
    }

    @Test
    void aWorseningConditionRegradesP1ToP0InPlace() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);

        ExceptionRegistry.Outcome outcome = registry.reconcile(ExceptionType.MATERIAL_DELAY,
                List.of(finding(ExceptionType.MATERIAL_DELAY, "LINE-1", 8)), List.of(orderNo));

        assertThat(outcome.worsened()).isEqualTo(1);
        assertThat(outcome.opened()).isZero();
        assertThat(process(exception)).hasPassed("Task_RegradeException", "Task_ApplyNewGrade")
                .isWaitingAt("Task_ConfirmHandling");
        OrderException stored = repository.findById(exception.getId()).orElseThrow();
        assertThat(stored.getPriority()).isEqualTo("P0");
        assertThat(stored.getDelayDays()).isEqualTo(8);
        assertThat(candidateGroups(exception)).contains("businessOwner", "gm");
        assertThat(recipients(exception, inbox.lastRound(exception.getId()))).contains(userOf("gm"),
                userOf("businessOwner"));
    }

    @Test
    void aRegradeFromP2ToP1PullsTheResponseDeadlineIn() {
        OrderException exception = open(ExceptionType.CAPACITY_SHORTFALL, "SEWING", 1, 0.2);
        executeJobOf(exception, "Task_NotifyResponsibles");
        Date dueAsP2 = jobOf(exception, "Timer_ResponseDeadline").getDuedate();
        Task task = tasks.createTaskQuery().processInstanceId(exception.getProcessInstanceId()).singleResult();
        assertThat(dueAsP2).isEqualTo(Date.from(task.getCreateTime().toInstant().plus(Duration.ofMinutes(60))));

        registry.reconcile(ExceptionType.CAPACITY_SHORTFALL,
                List.of(finding(ExceptionType.CAPACITY_SHORTFALL, "SEWING", 3, 0.2)), List.of(orderNo));

        Date dueAsP1 = jobOf(exception, "Timer_ResponseDeadline").getDuedate();
        assertThat(dueAsP1).isEqualTo(Date.from(task.getCreateTime().toInstant().plus(Duration.ofMinutes(30))));
        assertThat(repository.findById(exception.getId()).orElseThrow().getPriority()).isEqualTo("P1");
    }

    @Test
    void anExceptionIsConfirmedPlannedActedOnVerifiedAndClosedWithItsReview() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        ProcessInstance process = process(exception);
        exceptions.confirm(exception.getId(), userOf("purchaser"), "calling the mill");
        exceptions.submitPlan(exception.getId(), userOf("purchaser"), "air-freight half the fabric",
                data.today().plusDays(4));
        // cutting kept on its planned day: a slip of fabric in-house here would be the fabric line's real delay,
        // which the order's own monitor scan would open next to this made-up one
        exceptions.addAction(exception.getId(), userOf("purchaser"), ExceptionAction.Kind.SWITCH_LOGISTICS,
                "air freight 800 m", "CUTTING_START", data.today().plusDays(70), null);
        exceptions.verify(exception.getId(), userOf("merchandiser"), false, "only half arrived");
        assertThat(process(exception)).isWaitingAt("Task_VerifyResolution");
        exceptions.verify(exception.getId(), userOf("merchandiser"), true, "all fabric in house");
        registry.reconcile(ExceptionType.MATERIAL_DELAY, List.of(), List.of(orderNo));
        exceptions.close(exception.getId(), userOf("merchandiser"),
                new Review("mill dye-lot rejected", "air freight, second mill booked", 2, "book two mills"), null);

        assertThat(process).isEnded().hasPassed("Task_CloseException", "Event_ExceptionClosed");
        OrderException closed = repository.findById(exception.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(ExceptionStatus.CLOSED);
        assertThat(closed.getConfirmedBy()).isEqualTo(userOf("purchaser"));
        assertThat(closed.getRootCause()).isEqualTo("mill dye-lot rejected");
        assertThat(queries.detail(exception.getId()).actions()).singleElement()
                .extracting(ExceptionAction::getMilestoneCode).isEqualTo("CUTTING_START");
        assertThat(timeline(exception)).containsSubsequence("DETECTED",
                "GRADED", "NOTIFIED", "CONFIRMED", "PLAN_SUBMITTED", "ACTION", "VERIFIED_NOT_RESOLVED",
                "VERIFIED_RESOLVED", "CLOSED");

        // the condition was gone at closing: its return is a new exception
        ExceptionRegistry.Outcome again = registry.reconcile(ExceptionType.MATERIAL_DELAY,
                List.of(finding(ExceptionType.MATERIAL_DELAY, "LINE-1", 3)), List.of(orderNo));
        assertThat(again.opened()).isEqualTo(1);
    }

    @Test
    void anActionIsAnnouncedInTheRoundAfterTheLastOneInTheDeliveryLog() {
        OrderException exception = openAndNotify(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        exceptions.confirm(exception.getId(), userOf("purchaser"), "calling the mill");
        // round 2 reached the purchaser on WeCom, then its job rolled back: it left no inbox message
        deliveryLog.sent(new DeliveryKey(exception.getId(), 2, userOf("purchaser"), Channel.WECOM),
                LoggedRound.nothing(), Instant.now(), "msg-2");

        exceptions.addAction(exception.getId(), userOf("purchaser"), ExceptionAction.Kind.OVERTIME,
                "two extra sewing shifts", null, null, null);

        assertThat(recipients(exception, 2)).isEmpty();
        assertThat(recipients(exception, 3)).contains(userOf("purchaser"));
    }

    @Test
    void aP3NoticeIsAcknowledgedWithoutDeadlineOrPlan() {
        OrderException exception = openAndNotify(ExceptionType.DELIVERY_DELAY, "ORDER", 0);

        assertThat(process(exception)).isWaitingAt("Task_AcknowledgeNotice");
        assertThat(management.createJobQuery().processInstanceId(exception.getProcessInstanceId()).count()).isZero();
        exceptions.confirm(exception.getId(), userOf("merchandiser"), null);

        assertThat(process(exception)).isWaitingAt("Task_VerifyResolution").hasNotPassed("Task_SubmitSolutionPlan");
    }

    @Test
    void aPersistingConditionUpdatesItsExceptionAndAClearedOneIsRecorded() {
        OrderException exception = open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);

        ExceptionRegistry.Outcome same = registry.reconcile(ExceptionType.MATERIAL_DELAY,
                List.of(finding(ExceptionType.MATERIAL_DELAY, "LINE-1", 3)), List.of(orderNo));
        ExceptionRegistry.Outcome gone = registry.reconcile(ExceptionType.MATERIAL_DELAY, List.of(), List.of(orderNo));

        assertThat(same.opened()).isZero();
        assertThat(same.worsened()).isZero();
        assertThat(gone.cleared()).isEqualTo(1);
        assertThat(repository.findAll()).filteredOn(e -> e.getOrderNo().equals(orderNo)).hasSize(1);
        OrderException stored = repository.findById(exception.getId()).orElseThrow();
        assertThat(stored.getConditionClearedAt()).isNotNull();
        assertThat(stored.isOpen()).isTrue();
    }

    private OrderException open(ExceptionType type, String subject, int delayDays) {
        return open(type, subject, delayDays, 1.0);
    }

    private OrderException open(ExceptionType type, String subject, int delayDays, double valueShare) {
        registry.reconcile(type, List.of(finding(type, subject, delayDays, valueShare)), List.of(orderNo));
        return repository.findAll().stream()
                .filter(e -> e.getOrderNo().equals(orderNo) && e.getType() == type && e.isOpen())
                .findFirst().orElseThrow();
    }

    private OrderException openAndNotify(ExceptionType type, String subject, int delayDays) {
        OrderException exception = open(type, subject, delayDays);
        executeJobOf(exception, "Task_NotifyResponsibles");
        return exception;
    }

    private Finding finding(ExceptionType type, String subject, int delayDays) {
        return finding(type, subject, delayDays, 1.0);
    }

    private Finding finding(ExceptionType type, String subject, int delayDays, double valueShare) {
        return new Finding(orderId, orderNo, type, subject, Stage.MATERIALS, delayDays, valueShare, "purchaser",
                TestData.FACTORY, TestData.FABRIC_SUPPLIER, type + " " + delayDays + " days", "test finding", null);
    }

    private List<String> timeline(OrderException exception) {
        return queries.detail(exception.getId()).timeline().stream().map(ExceptionEvent::getKind).toList();
    }

    private ProcessInstance process(OrderException exception) {
        return runtime.createProcessInstanceQuery().processInstanceId(exception.getProcessInstanceId()).singleResult();
    }

    private Job jobOf(OrderException exception, String activityId) {
        return management.createJobQuery().processInstanceId(exception.getProcessInstanceId()).activityId(activityId)
                .singleResult();
    }

    private List<Job> dueJobs(OrderException exception) {
        return management.createJobQuery().processInstanceId(exception.getProcessInstanceId()).executable().list();
    }

    private void executeJobOf(OrderException exception, String activityId) {
        Job job = jobOf(exception, activityId);
        assertThat(job).as("job of " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private void passMinutes(int minutes) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(minutes).toMillis()));
    }

    private List<String> candidateGroups(OrderException exception) {
        Task task = tasks.createTaskQuery().processInstanceId(exception.getProcessInstanceId()).singleResult();
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    /** What the alert page does once shown to the person its link names. */
    private void openAlertLink(OrderException exception, String user) {
        assertThat(rest.withBasicAuth(user, TestData.PASSWORD).postForEntity("/api/exceptions/{id}/opened", null,
                Void.class, exception.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private InboxMessage inboxMessageOf(OrderException exception, String user) {
        return inbox.findByExceptionIdAndRecipientAndRound(exception.getId(), user, 1).orElseThrow();
    }

    private List<String> recipients(OrderException exception, int round) {
        return inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exception.getId()).stream()
                .filter(m -> m.getRound() == round).map(InboxMessage::getRecipient).toList();
    }
}
