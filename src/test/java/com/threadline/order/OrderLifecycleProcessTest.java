package com.threadline.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.threadline.TestData;
import com.threadline.order.OrderViews.MilestoneView;
import com.threadline.order.OrderViews.OrderDetail;
import com.threadline.order.ProgressReportService.ReportOutcome;
import com.threadline.plan.Stage;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every path through processes/order-lifecycle.bpmn, driven through the real services and delegates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderLifecycleProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrderService orders;
    @Autowired
    OrderQueries queries;
    @Autowired
    ProgressReportService reports;
    @Autowired
    EarlyReportReplayer replayer;
    @Autowired
    TestData data;

    private String orderNo;
    private ProcessInstance process;

    @BeforeEach
    void openOrder() {
        BpmnAwareTests.init(engine);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNo).singleResult();
    }

    @Test
    void anOrderWalksEveryStageToDelivery() {
        assertThat(process).isWaitingAt("Task_ConfirmOrder");
        assertThat(task(process)).hasCandidateGroup("merchandiser");
        assertThat(stage()).isEqualTo(Stage.DESIGN);
        LocalDate confirmedOn = data.today().minusDays(2);
        complete(task(process), withVariables("orderConfirmedOn", confirmedOn.toString()));
        assertThat(milestone("ORDER_CONFIRMED").actualDate()).isEqualTo(confirmedOn);

        assertThat(process).isWaitingAt("Task_ConfirmTechPack");
        assertThat(task(process)).hasCandidateGroup("tech");
        complete(task(process), withVariables("techPackVersion", "V2", "techPackConfirmedOn", null));
        assertThat(milestone("TECH_PACK").actualDate()).isEqualTo(data.today());

        driveDesignRest();
        driveMaterials();
        driveProduction();
        driveQualityControl();
        driveLogistics();

        assertThat(process).isEnded().hasPassedInOrder("SubProcess_Design", "SubProcess_Materials",
                "SubProcess_Production", "SubProcess_QualityControl", "SubProcess_Logistics", "Task_CloseOrder",
                "Event_OrderDelivered");
        OrderDetail order = queries.detail(orderNo);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.milestones()).allSatisfy(m -> assertThat(m.done()).as(m.code()).isTrue());
        assertThat(order.currentActivities()).isEmpty();
    }

    @Test
    void aFailedFinalInspectionLoopsThroughReworkUntilItPasses() {
        driveDesign();
        driveMaterials();
        driveProduction();

        assertThat(process).isWaitingAt("Task_InspectFinalGoods");
        complete(task(process), withVariables("finalInspectionPassed", false, "defectsFound", 12));
        assertThat(process).isWaitingAt("Task_ArrangeRework");
        assertThat(task(process)).hasCandidateGroup("merchandiser");
        assertThat(milestone("FINAL_INSPECTION").done()).isFalse();
        complete(task(process), withVariables("reworkPlan", "返工线头", "reworkDueOn", data.today().plusDays(2).toString()));
        assertThat(process).isWaitingAt("Task_InspectFinalGoods");
        complete(task(process), withVariables("finalInspectionPassed", false, "defectsFound", 3));
        complete(task(process), withVariables("reworkPlan", "再次返工"));
        complete(task(process), withVariables("finalInspectionPassed", true, "defectsFound", 0));

        assertThat(process).isWaitingAt("Task_ConfirmCustomerInspection");
        assertThat(milestone("FINAL_INSPECTION").actualDate()).isEqualTo(data.today());
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).activityId("Task_ArrangeRework").count()).isEqualTo(2);
    }

    @ParameterizedTest(name = "cancelled in {0}")
    @EnumSource(Stage.class)
    void anOrderCanBeCancelledInEveryStage(Stage stage) {
        driveUpTo(stage);
        assertThat(stage()).isEqualTo(stage);

        orders.cancel(orderNo, "customer dropped the style");

        assertThat(process).isEnded().hasPassed("Event_OrderCancelled", "Event_OrderClosedAsCancelled")
                .hasNotPassed("Event_OrderDelivered");
        OrderDetail order = queries.detail(orderNo);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelReason()).isEqualTo("customer dropped the style");
        assertThat(order.openTasks()).isEmpty();
    }

    @Test
    void reportsWithinAStageMayArriveInAnyOrder() {
        driveDesign();
        driveMaterialsUpToReports();
        reports.report(orderNo, ProgressReport.MATERIALS_IN_HOUSE, data.today());
        assertThat(process).isWaitingAt("Event_FabricShipped");
        reports.report(orderNo, ProgressReport.FABRIC_SHIPPED, data.today().minusDays(3));
        assertThat(process).isWaitingAt("Task_InspectFabric");
        complete(task(process));
        complete(task(process));

        reports.report(orderNo, ProgressReport.PACKING_DONE, data.today());
        reports.report(orderNo, ProgressReport.SEWING_DONE, data.today());
        assertThat(process).isWaitingAt("Event_CuttingDone");
        reports.report(orderNo, ProgressReport.CUTTING_DONE, data.today());

        assertThat(process).isWaitingAt("Task_InspectFinalGoods");
        assertThat(stage()).isEqualTo(Stage.QC);
        assertThat(milestone("CUTTING_START").actualDate()).isEqualTo(data.today());
    }

    @Test
    void aReportThatComesBeforeItsStageIsKeptAndReplayedWhenTheProcessWaitsForIt() {
        ReportOutcome early = reports.report(orderNo, ProgressReport.CUTTING_DONE, data.today());
        assertThat(early.deliveredToProcess()).isFalse();
        assertThat(early.keptForLater()).isTrue();
        assertThat(milestone("CUTTING_DONE").actualDate()).isEqualTo(data.today());

        replayer.replayPending();
        assertThat(process).isWaitingAt("Task_ConfirmOrder");

        driveDesign();
        driveMaterials();
        complete(task(process));
        assertThat(process).isWaitingAt("Event_CuttingDone", "Event_SewingDone", "Event_PackingDone");

        replayer.replayPending();

        assertThat(process).hasPassed("Event_CuttingDone").isWaitingAt("Event_SewingDone", "Event_PackingDone");
    }

    @Test
    void aRepeatedReportAfterItsStageOnlyCorrectsThePlan() {
        driveDesign();
        driveMaterials();
        LocalDate correctedDate = data.today().minusDays(1);

        ReportOutcome late = reports.report(orderNo, ProgressReport.FABRIC_SHIPPED, correctedDate);

        assertThat(late.deliveredToProcess()).isFalse();
        assertThat(late.keptForLater()).isFalse();
        assertThat(milestone("FABRIC_SHIPPED").actualDate()).isEqualTo(correctedDate);
        assertThat(process).isWaitingAt("Task_HoldPpMeeting");
    }

    private void driveUpTo(Stage stage) {
        if (stage.compareTo(Stage.MATERIALS) >= 0) {
            driveDesign();
        }
        if (stage.compareTo(Stage.PRODUCTION) >= 0) {
            driveMaterials();
        }
        if (stage.compareTo(Stage.QC) >= 0) {
            driveProduction();
        }
        if (stage.compareTo(Stage.LOGISTICS) >= 0) {
            driveQualityControl();
        }
    }

    private void driveDesign() {
        complete(task(process));
        complete(task(process), withVariables("techPackVersion", "V1"));
        driveDesignRest();
    }

    private void driveDesignRest() {
        assertThat(process).isWaitingAt("Task_ApproveSamples");
        assertThat(task(process)).hasCandidateGroup("merchandiser");
        complete(task(process));
        assertThat(stage()).isEqualTo(Stage.MATERIALS);
    }

    private void driveMaterialsUpToReports() {
        assertThat(process).isWaitingAt("Task_BookMaterials");
        assertThat(task(process)).hasCandidateGroup("purchaser");
        complete(task(process));
        assertThat(process).isWaitingAt("Event_FabricShipped", "Event_MaterialsInHouse");
    }

    private void driveMaterials() {
        driveMaterialsUpToReports();
        reports.report(orderNo, ProgressReport.FABRIC_SHIPPED, data.today());
        reports.report(orderNo, ProgressReport.MATERIALS_IN_HOUSE, data.today());
        assertThat(process).isWaitingAt("Task_InspectFabric");
        assertThat(task(process)).hasCandidateGroup("qc");
        complete(task(process));
        assertThat(stage()).isEqualTo(Stage.PRODUCTION);
    }

    private void driveProduction() {
        assertThat(process).isWaitingAt("Task_HoldPpMeeting");
        assertThat(task(process)).hasCandidateGroup("planner");
        complete(task(process));
        reports.report(orderNo, ProgressReport.CUTTING_DONE, data.today());
        reports.report(orderNo, ProgressReport.SEWING_DONE, data.today());
        reports.report(orderNo, ProgressReport.PACKING_DONE, data.today());
        assertThat(stage()).isEqualTo(Stage.QC);
    }

    private void driveQualityControl() {
        assertThat(process).isWaitingAt("Task_InspectFinalGoods");
        assertThat(task(process)).hasCandidateGroup("qc");
        complete(task(process), withVariables("finalInspectionPassed", true));
        assertThat(process).isWaitingAt("Task_ConfirmCustomerInspection");
        complete(task(process));
        assertThat(stage()).isEqualTo(Stage.LOGISTICS);
    }

    private void driveLogistics() {
        assertThat(process).isWaitingAt("Task_BookShipment");
        complete(task(process), withVariables("carrier", "COSCO", "bookingNo", "BK1"));
        reports.report(orderNo, ProgressReport.SHIPMENT_DEPARTED, data.today());
        reports.report(orderNo, ProgressReport.GOODS_EX_FACTORY, data.today());
        reports.report(orderNo, ProgressReport.GOODS_DELIVERED, data.today());
        assertThat(process).isWaitingAt("Event_ShipmentArrived");
        reports.report(orderNo, ProgressReport.SHIPMENT_ARRIVED, data.today());
    }

    private Stage stage() {
        return queries.detail(orderNo).stage();
    }

    private MilestoneView milestone(String code) {
        return queries.detail(orderNo).milestones().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
