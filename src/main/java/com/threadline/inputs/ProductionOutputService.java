package com.threadline.inputs;

import com.threadline.inputs.InputViews.OutputView;
import com.threadline.order.Order;
import com.threadline.order.SizeCell;
import com.threadline.order.SizeLine;
import com.threadline.order.SizeLineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final ProductionOutputSizeRepository sizes;
    private final BigDecimal allowance;

    ProductionOutputService(OrderInputs inputs, ProductionOutputRepository outputs,
            ProductionOutputSizeRepository sizes,
            @Value("${threadline.monitoring.over-production-allowance:0.05}") BigDecimal allowance) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.sizes = sizes;
        this.allowance = allowance;
    }

    /**
     * Records the day's output of a stage, in total or split over the order's colours and sizes; a second report
     * for the same day and stage corrects the first (its split too). The total is what the monitors read.
     */
    @Transactional
    public Accepted<OutputView> report(String orderNo, @Valid @NotNull OutputReport report) {
        Order order = inputs.openOrder(orderNo);
        List<ProductionOutput> stageOutputs = outputs.findByOrderIdAndStage(order.getId(), report.stage());
        Optional<ProductionOutput> sameDay = stageOutputs.stream()
                .filter(o -> o.getReportDate().equals(report.reportDate()))
                .findFirst();
        long cumulative = report.total() + stageOutputs.stream()
                .filter(o -> !o.getReportDate().equals(report.reportDate()))
                .mapToLong(ProductionOutput::getQuantity)
                .sum();
        int limit = limit(order.getQuantity());
        InputChecks checks = inputs.checks(order);
        checkSizes(checks, order, report, sameDay);
        checks.notInFuture("reportDate", report.reportDate())
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
                    report.total(), origin));
        } else {
            output.correct(report.total(), origin);
            sizes.deleteByOutputId(output.getId());
        }
        for (SizeLineRequest cell : report.sizesOrEmpty()) {
            SizeLine line = order.getSizeLines().stream().filter(l -> l.is(cell.colour(), cell.size())).findFirst()
                    .orElseThrow();
            sizes.save(new ProductionOutputSize(output, line.getColour(), line.getSize(), cell.quantity()));
        }
        inputs.received(order, InputKind.PRODUCTION_OUTPUT);
        return new Accepted<>(OutputView.of(output), sameDay.isEmpty());
    }

    /**
     * A split must name the order's own colours and sizes, each once, add up to the total given, and bring no
     * cell's output past its ordered quantity plus the allowance.
     */
    private void checkSizes(InputChecks checks, Order order, OutputReport report, Optional<ProductionOutput> sameDay) {
        List<SizeLineRequest> cells = report.sizesOrEmpty();
        checks.check(report.quantity() != null || !cells.isEmpty(), "quantity", "请填写数量 / is required");
        if (cells.isEmpty()) {
            return;
        }
        if (order.getSizeLines().isEmpty()) {
            checks.check(false, "sizes", "这张订单没有分颜色尺码，请只报总数 / the order is not split by colour and size");
            return;
        }
        SizeCell.problems("sizes", cells, report.quantity()).forEach(p -> checks.check(false, p.field(), p.reason()));
        Map<String, Long> before = new HashMap<>();
        sizes.sumByOrderId(order.getId()).stream().filter(c -> c.getStage() == report.stage())
                .forEach(c -> before.merge(SizeCell.key(c.getColour(), c.getSize()), c.getQuantity(), Long::sum));
        sameDay.ifPresent(day -> sizes.findByOutputId(day.getId())
                .forEach(c -> before.merge(SizeCell.key(c.getColour(), c.getSize()), -(long) c.getQuantity(), Long::sum)));
        for (int i = 0; i < cells.size(); i++) {
            SizeLineRequest cell = cells.get(i);
            Optional<SizeLine> line = order.getSizeLines().stream().filter(l -> l.is(cell.colour(), cell.size()))
                    .findFirst();
            if (line.isEmpty()) {
                checks.check(false, "sizes[" + i + "]", "订单没有颜色 " + cell.colour() + " 尺码 " + cell.size()
                        + " / the order has no such colour and size");
                continue;
            }
            long cumulative = cell.quantity() + before.getOrDefault(SizeCell.key(cell.colour(), cell.size()), 0L);
            int limit = limit(line.get().getQuantity());
            checks.check(cumulative <= limit, "sizes[" + i + "].quantity", "颜色 " + line.get().getColour() + " 尺码 "
                    + line.get().getSize() + " 累计将达 " + cumulative + " 件，超过 " + limit + " 件（下单 "
                    + line.get().getQuantity() + " 件加 " + percent(allowance) + " 允许超出） / would bring the cell to "
                    + cumulative + ", more than " + limit);
        }
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
