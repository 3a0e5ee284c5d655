package com.threadline.demo;

import com.threadline.inputs.CapacityPlanRequest;
import com.threadline.inputs.CapacityPlanService;
import com.threadline.inputs.InputSource;
import com.threadline.inputs.LogisticsEventKind;
import com.threadline.inputs.LogisticsEventService;
import com.threadline.inputs.LogisticsReport;
import com.threadline.inputs.MaterialInputService;
import com.threadline.inputs.OutputReport;
import com.threadline.inputs.ProductionOutputService;
import com.threadline.inputs.ProductionStage;
import com.threadline.inputs.ShipmentReport;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.plan.Milestone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inputs that make the monitors raise exceptions besides the late deliveries: a fabric shipment arriving 3 days
 * after it is needed (P2 while the fabric is needed more than two weeks out, P1 nearer), a sewing line 12% below
 * plan two days running (P2), and a late ETA on an order that left the factory on time (P3).
 */
@Component
class DemoExceptions {

    private final OrderRepository orders;
    private final MaterialInputService materials;
    private final CapacityPlanService capacity;
    private final ProductionOutputService output;
    private final LogisticsEventService logistics;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoExceptions(OrderRepository orders, MaterialInputService materials, CapacityPlanService capacity,
            ProductionOutputService output, LogisticsEventService logistics, TransactionTemplate transaction,
            Clock clock) {
        this.orders = orders;
        this.materials = materials;
        this.capacity = capacity;
        this.output = output;
        this.logistics = logistics;
        this.transaction = transaction;
        this.clock = clock;
    }

    void fabricArrivesThreeDaysLate(String orderNo) {
        LocalDate neededBy = plannedDate(orderNo, "FABRIC_IN_HOUSE");
        materials.shipped(orderNo, 1, new ShipmentReport(today(), "顺丰", "SF1234567890", neededBy.plusDays(3),
                "supplier-demo", InputSource.MANUAL));
    }

    void sewingRunsBelowPlan(String orderNo) {
        LocalDate today = today();
        capacity.plan(orderNo, new CapacityPlanRequest(ProductionStage.SEWING, 500, today.minusDays(1),
                today.plusDays(20), "planner", InputSource.MANUAL));
        output.report(orderNo, new OutputReport(today.minusDays(1), ProductionStage.SEWING, 440, "factory-demo",
                InputSource.MANUAL, null));
        output.report(orderNo, new OutputReport(today, ProductionStage.SEWING, 438, "factory-demo",
                InputSource.MANUAL, null));
    }

    void vesselArrivesLate(String orderNo) {
        LocalDate plannedEta = plannedDate(orderNo, "ETA");
        OffsetDateTime expected = plannedEta.plusDays(3).atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
        logistics.report(orderNo, new LogisticsReport(LogisticsEventKind.ETA, expected, null, "COSCO SHIPPING 0231E",
                "forwarder-demo", InputSource.MANUAL));
    }

    private LocalDate plannedDate(String orderNo, String milestoneCode) {
        return transaction.execute(status -> {
            Order order = orders.require(orderNo);
            return order.milestone(milestoneCode).map(Milestone::getPlannedDate).orElseThrow();
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
