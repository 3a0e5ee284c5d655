package com.threadline.inputs;

import com.threadline.inputs.InputViews.CapacityView;
import com.threadline.order.Order;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The planner's daily capacity per stage, which the capacity monitor compares the reported output with. */
@Service
@Validated
public class CapacityPlanService {

    private final OrderInputs inputs;
    private final CapacityPlanRepository plans;

    CapacityPlanService(OrderInputs inputs, CapacityPlanRepository plans) {
        this.inputs = inputs;
        this.plans = plans;
    }

    /** Sets the stage's plan, replacing the one before. */
    @Transactional
    public Accepted<CapacityView> plan(String orderNo, @Valid @NotNull CapacityPlanRequest request) {
        Order order = inputs.openOrder(orderNo);
        inputs.checks(order)
                .check(request.dailyQuantity() <= order.getQuantity(), "dailyQuantity",
                        "must not be more than the order quantity (" + order.getQuantity() + ")")
                .notAfter("fromDate", request.fromDate(), request.toDate(), "toDate")
                .plausible("fromDate", request.fromDate())
                .plausible("toDate", request.toDate())
                .throwIfAny();

        Origin origin = inputs.origin(request.reportedBy(), request.source());
        Optional<CapacityPlan> existing = plans.findByOrderIdAndStage(order.getId(), request.stage());
        CapacityPlan plan;
        if (existing.isPresent()) {
            plan = existing.get();
            plan.replace(request.dailyQuantity(), request.fromDate(), request.toDate(), origin);
        } else {
            plan = plans.save(new CapacityPlan(order.getId(), request.stage(), request.dailyQuantity(),
                    request.fromDate(), request.toDate(), origin));
        }
        inputs.received(order, InputKind.CAPACITY_PLAN);
        return new Accepted<>(CapacityView.of(plan), existing.isEmpty());
    }

    /** The plan of every stage that has one, in production order. */
    @Transactional(readOnly = true)
    public List<CapacityView> plans(String orderNo) {
        Order order = inputs.order(orderNo);
        return plans.findByOrderId(order.getId()).stream()
                .sorted(Comparator.comparing(CapacityPlan::getStage))
                .map(CapacityView::of)
                .toList();
    }
}
