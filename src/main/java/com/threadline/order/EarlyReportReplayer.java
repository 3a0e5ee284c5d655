package com.threadline.order;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands reports that came early to their process once it waits for them. Runs on a short fixed delay,
 * one transaction per report, so a failing one neither blocks the rest nor is lost.
 */
@Component
public class EarlyReportReplayer {

    private static final Logger log = LoggerFactory.getLogger(EarlyReportReplayer.class);

    private final EarlyReportRepository earlyReports;
    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final TransactionTemplate transaction;

    EarlyReportReplayer(EarlyReportRepository earlyReports, OrderRepository orders, OrderLifecycle lifecycle,
            TransactionTemplate transaction) {
        this.earlyReports = earlyReports;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.transaction = transaction;
    }

    @Scheduled(fixedDelayString = "${threadline.lifecycle.early-report-replay-interval:PT2S}")
    public void replayPending() {
        for (EarlyReport report : earlyReports.findTop500ByOrderByIdAsc()) {
            try {
                transaction.executeWithoutResult(status -> replay(report));
            } catch (RuntimeException e) {
                log.warn("Could not replay {} for order {}; will try again", report.getMessageName(),
                        report.getOrderNo(), e);
            }
        }
    }

    private void replay(EarlyReport report) {
        Optional<Order> order = orders.findByOrderNo(report.getOrderNo());
        boolean stillAwaited = order.isPresent() && order.get().isOpen()
                && order.get().getStage().compareTo(ProgressReport.ofMessage(report.getMessageName()).stage()) <= 0;
        if (!stillAwaited || lifecycle.correlate(report.getOrderNo(), report.getMessageName())) {
            earlyReports.delete(report);
        }
    }
}
