package com.threadline.inputs;

import com.threadline.inputs.InputViews.MaterialEventView;
import com.threadline.inputs.InputViews.MaterialStatus;
import com.threadline.order.MaterialLine;
import com.threadline.order.Order;
import com.threadline.order.OrderPlanUpdater;
import com.threadline.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Supplier shipments and arrivals per material line: the line keeps the latest state (what the material
 * monitor predicts from), {@link MaterialEvent} keeps every report. The plan's in-house milestone waits for the
 * line, so a late ETA moves the order's forecast in the same transaction.
 */
@Service
@Validated
public class MaterialInputService {

    private final OrderInputs inputs;
    private final MaterialEventRepository events;
    private final OrderPlanUpdater plan;

    MaterialInputService(OrderInputs inputs, MaterialEventRepository events, OrderPlanUpdater plan) {
        this.inputs = inputs;
        this.events = events;
        this.plan = plan;
    }

    /** The line was shipped; a later report for the same line corrects the shipment. */
    @Transactional
    public MaterialStatus shipped(String orderNo, int lineNo, @Valid @NotNull ShipmentReport report) {
        Order order = inputs.openOrder(orderNo);
        MaterialLine line = lineOf(order, lineNo);
        inputs.checks(order)
                .notInFuture("shippedDate", report.shippedDate())
                .plausible("shippedDate", report.shippedDate())
                .notAfter("shippedDate", report.shippedDate(), line.getArrivalDate(), "the arrival date")
                .notBefore("eta", report.eta(), report.shippedDate(), "shippedDate")
                .plausible("eta", report.eta())
                .throwIfAny();

        LocalDate eta = report.eta() != null ? report.eta() : line.predictedArrival(report.shippedDate());
        String carrier = OrderInputs.text(report.carrier());
        String trackingNo = OrderInputs.text(report.trackingNo());
        line.reportShipment(report.shippedDate(), carrier, trackingNo, eta);
        plan.materialsChanged(order);
        events.save(MaterialEvent.shipped(order.getId(), lineNo, report.shippedDate(), carrier, trackingNo, eta,
                inputs.origin(report.reportedBy(), report.source())));
        inputs.received(order, InputKind.MATERIAL_SHIPPED);
        return MaterialStatus.of(line);
    }

    /** The line arrived at the factory. */
    @Transactional
    public MaterialStatus arrived(String orderNo, int lineNo, @Valid @NotNull ArrivalReport report) {
        Order order = inputs.openOrder(orderNo);
        MaterialLine line = lineOf(order, lineNo);
        inputs.checks(order)
                .notInFuture("arrivalDate", report.arrivalDate())
                .plausible("arrivalDate", report.arrivalDate())
                .notBefore("arrivalDate", report.arrivalDate(), line.getShippedDate(), "the shipped date")
                .throwIfAny();

        line.reportArrival(report.arrivalDate());
        plan.materialsChanged(order);
        events.save(MaterialEvent.arrived(order.getId(), lineNo, report.arrivalDate(),
                inputs.origin(report.reportedBy(), report.source())));
        inputs.received(order, InputKind.MATERIAL_ARRIVED);
        return MaterialStatus.of(line);
    }

    /** Every shipment and arrival report for the line, in the order they came. */
    @Transactional(readOnly = true)
    public List<MaterialEventView> events(String orderNo, int lineNo) {
        Order order = inputs.order(orderNo);
        lineOf(order, lineNo);
        return events.findByOrderIdAndLineNoOrderByIdAsc(order.getId(), lineNo).stream()
                .map(MaterialEventView::of)
                .toList();
    }

    private static MaterialLine lineOf(Order order, int lineNo) {
        return order.getMaterials().stream()
                .filter(m -> m.getLineNo() == lineNo)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Order " + order.getOrderNo() + " has no material line " + lineNo));
    }
}
