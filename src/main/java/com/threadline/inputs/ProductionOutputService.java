package com.threadline.inputs;

import com.threadline.inputs.InputViews.OutputView;
import com.threadline.order.Order;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Daily output reports from the factory, per stage. A stage may in total produce the order quantity plus the
 * over-production allowance (over-cut for rejects), no more.
 */
@Service
@Validated
public class ProductionOutputService {

    private final OrderInputs inputs;
    private final ProductionOutputRepository outputs;
    private final BigDecimal allowance;

    ProductionOutputService(OrderInputs inputs, ProductionOutputRepository outputs,
            @Value("${threadline.monitoring.over-production-allowance:0.05}") BigDecimal allowance) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.allowance = allowance;
    }

    /** Records the day's output of a stage; a second report for the same day and stage corrects the first. */
    @Transactional
    public Accepted<OutputView> report(String orderNo, @Valid @NotNull OutputReport report) {
        Order order = inputs.openOrder(orderNo);
        List<ProductionOutput> stageOutputs = outputs.findByOrderIdAndStage(order.getId(), report.stage());
        Optional<ProductionOutput> sameDay = stageOutputs.stream()
                .filter(o -> o.getReportDate().equals(report.reportDate()))
                .findFirst();
        long cumulative = report.quantity() + stageOutputs.stream()
                .filter(o -> !o.getReportDate().equals(report.reportDate()))
                .mapToLong(ProductionOutput::getQuantity)
                .sum();
        int limit = limit(order.getQuantity());
        inputs.checks(order)
                .notInFuture("reportDate", report.reportDate())
                .notBefore("reportDate", report.reportDate(), inputs.openedOn(order).minusDays(1),
                        "the day before the order was opened")
                .check(cumulative <= limit, "quantity", "would bring the cumulative " + report.stage()
                        + " output to " + cumulative + ", more than " + limit + " (order quantity "
                        + order.getQuantity() + " plus " + percent(allowance) + " allowance)")
                .throwIfAny();

        Origin origin = inputs.origin(report.reportedBy(), report.source());
        ProductionOutput output = sameDay.orElse(null);
        if (output == null) {
            output = outputs.save(new ProductionOutput(order.getId(), report.reportDate(), report.stage(),
                    report.quantity(), origin));
        } else {
            output.correct(report.quantity(), origin);
        }
        inputs.received(order, InputKind.PRODUCTION_OUTPUT);
        return new Accepted<>(OutputView.of(output), sameDay.isEmpty());
    }

    /** Every day's output of every stage, oldest day first. */
    @Transactional(readOnly = true)
    public List<OutputView> outputs(String orderNo) {
        Order order = inputs.order(orderNo);
        return outputs.findByOrderId(order.getId()).stream()
                .sorted(Comparator.comparing(ProductionOutput::getReportDate).thenComparing(ProductionOutput::getStage))
                .map(OutputView::of)
                .toList();
    }

    /** The most a stage may report in total for an order of this quantity. */
    int limit(int orderQuantity) {
        return BigDecimal.valueOf(orderQuantity).multiply(BigDecimal.ONE.add(allowance))
                .setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
