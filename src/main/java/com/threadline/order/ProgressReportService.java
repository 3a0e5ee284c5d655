package com.threadline.order;

import com.threadline.partner.MaterialKind;
import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a factory, supplier or logistics report: records it in the plan and hands it to the order's
 * process in the same transaction. A report that comes before the process waits for it is kept and
 * replayed by {@link EarlyReportReplayer}.
 */
@Service
public class ProgressReportService {

    private final OrderRepository orders;
    private final OrderPlanUpdater planUpdater;
    private final OrderLifecycle lifecycle;
    private final EarlyReportRepository earlyReports;
    private final Clock clock;

    ProgressReportService(OrderRepository orders, OrderPlanUpdater planUpdater, OrderLifecycle lifecycle,
            EarlyReportRepository earlyReports, Clock clock) {
        this.orders = orders;
        this.planUpdater = planUpdater;
        this.lifecycle = lifecycle;
        this.earlyReports = earlyReports;
        this.clock = clock;
    }

    @Transactional
    public ReportOutcome report(String orderNo, ProgressReport report, LocalDate date) {
        Order order = orders.require(orderNo);
        if (!order.isOpen()) {
            throw new ConflictException("Order " + orderNo + " is " + order.getStatus() + "; it takes no more reports");
        }
        if (date.isAfter(planUpdater.today())) {
            throw InvalidRequestException.of("date", "must not be in the future");
        }
        updateMaterials(order, report, date);
        planUpdater.recordReport(order, report.impliedMilestones(), report.ownMilestone(), date);
        boolean delivered = lifecycle.correlate(orderNo, report.messageName());
        boolean kept = !delivered && order.getStage().compareTo(report.stage()) <= 0
                && !earlyReports.existsByOrderNoAndMessageName(orderNo, report.messageName());
        if (kept) {
            earlyReports.save(new EarlyReport(orderNo, report.messageName(), clock.instant()));
        }
        return new ReportOutcome(orderNo, report, date, delivered, kept);
    }

    private static void updateMaterials(Order order, ProgressReport report, LocalDate date) {
        switch (report) {
            case FABRIC_SHIPPED -> order.getMaterials().stream()
                    .filter(m -> m.getKind() == MaterialKind.FABRIC && m.getShippedDate() == null)
                    .forEach(m -> m.shipped(date));
            case MATERIALS_IN_HOUSE -> order.getMaterials().stream()
                    .filter(m -> m.getArrivalDate() == null)
                    .forEach(m -> m.arrived(date));
            default -> {
                return;
            }
        }
        order.expectMaterials();
    }

    /**
     * @param deliveredToProcess the process was waiting and moved on
     * @param keptForLater the process will get it when it reaches the stage that waits for it
     */
    public record ReportOutcome(String orderNo, ProgressReport type, LocalDate date, boolean deliveredToProcess,
            boolean keptForLater) {
    }
}
