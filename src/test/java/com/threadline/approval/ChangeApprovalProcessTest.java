package com.threadline.approval;

import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.notification.Inbox;
import com.threadline.notification.InboxMessage;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.OrderService;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every path of processes/change-approval.bpmn with the real decision and delegates, driven through the API as the
 * people of each level; the engine clock is moved with ClockUtil and the reminder's timer job run by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangeApprovalProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    ApprovalRequestRepository requests;
    @Autowired
    Inbox inbox;
    @Autowired
    OrderService orders;
    @Autowired
    TestData data;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    private String orderNo;
    private ApprovalApi merchandiser;
    private ApprovalApi owner;
    private ApprovalApi gm;

    @BeforeEach
    void openOrder() {
        BpmnAwareTests.init(engine);
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        ApiClient admin = new ApiClient(rest, json);
        merchandiser = new ApprovalApi(admin.as(userOf("merchandiser")));
        owner = new ApprovalApi(admin.as(userOf("businessOwner")));
        gm = new ApprovalApi(admin.as(userOf("gm")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSmallFabricChangeIsApprovedByTheBusinessOwnerAlone() {
        long id = merchandiser.requested(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 5000, "改用 380T 尼龙");
        ProcessInstance instance = process(id);

        assertThat(instance).hasPassed("Task_DecideApprovalLevels", "Task_RecordApprovalLevels")
                .isWaitingAt("Task_ApproveChange");
        assertThat(candidateGroups(id)).containsExactly("businessOwner");
        assertThat(owner.decide(id, "APPROVE", null).status()).isEqualTo(200);

        assertThat(instance).hasPassed("Task_RecordDecision", "Gateway_HasNextLevel", "Event_ChangeApproved")
                .hasNotPassed("Task_MoveToNextLevel").isEnded();
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("APPROVED");
        assertThat(ApiClient.texts(stored.path("decisions"), "approver")).containsExactly(userOf("businessOwner"));
    }

    @Test
    void aDecisionMadeInTasklistIsRecordedAsTheUserWhoCompletedTheTask() {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 800, "快递费");
        ProcessInstance instance = process(id);
        String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        identity.setAuthentication(userOf("businessOwner"), List.of("businessOwner"));
        try {
            tasks.complete(taskId, Variables.createVariables().putValue("decision", "REJECT")
                    .putValue("comment", "自己承担"));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(instance).hasPassed("Task_RecordDecision", "Event_ChangeRejected").isEnded();
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("REJECTED");
        assertThat(ApiClient.texts(stored.path("decisions"), "approver")).containsExactly(userOf("businessOwner"));
        assertThat(ApiClient.texts(stored.path("decisions"), "comment")).containsExactly("自己承担");
    }

    @Test
    void aLargeChangeIsApprovedByTheBusinessOwnerThenTheGm() {
        long id = merchandiser.requested(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 20000, "加订 500 米");
        ProcessInstance instance = process(id);

        owner.decide(id, "APPROVE", "可以");
        assertThat(instance).hasPassed("Task_MoveToNextLevel").isWaitingAt("Task_ApproveChange");
        assertThat(candidateGroups(id)).containsExactly("gm");
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(ApprovalStatus.PENDING);
        gm.decide(id, "APPROVE", "同意");

        assertThat(instance).hasPassed("Event_ChangeApproved").isEnded();
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("APPROVED");
        assertThat(ApiClient.texts(stored.path("decisions"), "role")).containsExactly("businessOwner", "gm");
    }

    @Test
    void anApprovedDeliveryDateChangeMovesTheOrdersDueDate() {
        String newDue = data.orderRequest(orderNo).dueDate().plusDays(5).toString();
        long id = merchandiser.requested(orderNo, ChangeKind.DELIVERY_DATE_CHANGE, 0, newDue);
        ProcessInstance instance = process(id);

        owner.decide(id, "APPROVE", "客户同意");

        assertThat(instance).hasPassed("Task_ApplyApprovedChange", "Event_ChangeApproved").isEnded();
        JsonNode order = merchandiser.client().order(orderNo).body();
        assertThat(order.path("dueDate").asText()).isEqualTo(newDue);
        assertThat(order.path("delayDays").asInt()).as("counted from the new due date").isZero();
    }

    @Test
    void anApprovedQuantityChangeChangesTheOrdersQuantity() {
        long id = merchandiser.requested(orderNo, ChangeKind.QUANTITY_CHANGE, 2000, "1500");
        ProcessInstance instance = process(id);

        owner.decide(id, "APPROVE", null);

        assertThat(instance).hasPassed("Task_ApplyApprovedChange", "Event_ChangeApproved").isEnded();
        assertThat(merchandiser.client().order(orderNo).body().path("quantity").asInt()).isEqualTo(1500);
    }

    @Test
    void aRejectedDeliveryDateChangeLeavesTheOrderAsItWas() {
        String due = data.orderRequest(orderNo).dueDate().toString();
        long id = merchandiser.requested(orderNo, ChangeKind.DELIVERY_DATE_CHANGE, 0,
                data.orderRequest(orderNo).dueDate().plusDays(3).toString());
        ProcessInstance instance = process(id);

        owner.decide(id, "REJECT", "不行");

        assertThat(instance).hasNotPassed("Task_ApplyApprovedChange").isEnded();
        assertThat(merchandiser.client().order(orderNo).body().path("dueDate").asText()).isEqualTo(due);
    }

    @Test
    void aRejectionAtTheFirstLevelEndsTheRequest() {
        long id = merchandiser.requested(orderNo, ChangeKind.EXTRA_COST, 30000, "空运费");
        ProcessInstance instance = process(id);

        owner.decide(id, "REJECT", "走海运");

        assertThat(instance).hasPassed("Event_ChangeRejected").hasNotPassed("Task_MoveToNextLevel").isEnded();
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(ApprovalStatus.REJECTED);
    }

    @Test
    void aRejectionAtTheSecondLevelEndsTheRequest() {
        long id = merchandiser.requested(orderNo, ChangeKind.DELIVERY_DATE_CHANGE, 0,
                data.orderRequest(orderNo).dueDate().plusDays(14).toString());
        ProcessInstance instance = process(id);

        owner.decide(id, "APPROVE", null);
        gm.decide(id, "REJECT", "客户不接受晚两周");

        assertThat(instance).hasPassed("Task_MoveToNextLevel", "Event_ChangeRejected").isEnded();
        JsonNode stored = owner.get(id).body();
        assertThat(stored.path("status").asText()).isEqualTo("REJECTED");
        assertThat(ApiClient.texts(stored.path("decisions"), "decision")).containsExactly("APPROVE", "REJECT");
    }

    @Test
    void theRequesterMayWithdrawWhileItWaits() {
        long id = merchandiser.requested(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 20000, "加订");
        ProcessInstance instance = process(id);
        owner.decide(id, "APPROVE", null);

        Response withdrawn = merchandiser.withdraw(id);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        assertThat(instance).hasPassed("Event_ChangeWithdrawnWhilePending", "Event_RequestWithdrawn").isEnded();
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
    }

    @Test
    void anApproverWhoHasNotDecidedForADayIsRemindedInTheInbox() {
        Instant start = Instant.now();
        ClockUtil.setCurrentTime(Date.from(start));
        long id = merchandiser.requested(orderNo, ChangeKind.FABRIC_PURCHASE_CHANGE, 5000, "改色");
        ProcessInstance instance = process(id);

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(23))));
        assertThat(dueJobs(instance)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(24)).plusSeconds(1)));
        dueJobs(instance).forEach(job -> management.executeJob(job.getId()));

        assertThat(instance).hasPassed("Task_RemindApprover", "Event_ApproverReminded")
                .isWaitingAt("Task_ApproveChange");
        List<InboxMessage> reminders = inbox.of(userOf("businessOwner"), true, 50).stream()
                .filter(m -> m.getTitle().contains(orderNo)).toList();
        assertThat(reminders).singleElement().satisfies(m -> assertThat(m.getLink()).isEqualTo("/m/approvals.html"));
    }

    private ProcessInstance process(long id) {
        return BpmnAwareTests.processInstanceQuery().processInstanceBusinessKey(ChangeApproval.businessKey(id))
                .singleResult();
    }

    private List<String> candidateGroups(long id) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ChangeApproval.businessKey(id))
                .singleResult().getId();
        return tasks.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId).toList();
    }

    private List<Job> dueJobs(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).executable().list();
    }
}
