package com.threadline.monitoring;

import com.threadline.inputs.LogisticsEventKind;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.monitoring.MonitorQueries.LogisticsAgainstPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The latest word on a booking, departure or arrival (an arrival report supersedes the ETA before it)
 * that happened, or is now expected, more than the threshold (default
 * 24 h) after the start of its planned day, i.e. after the planned day is over. Its impact on delivery:
 * a late booking or departure delays the shipment by as many days; a late arrival (after an on-time
 * ex-factory) delays only the customer's receipt, so the order's own delay counts (often none: a P3 notice).
 */
@Component
class LogisticsDeviationMonitor implements Monitor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MonitorQueries queries;
    private final MonitoringSettings settings;
    private final Clock clock;

    LogisticsDeviationMonitor(MonitorQueries queries, MonitoringSettings settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.LOGISTICS_DEVIATION;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        Map<String, List<LogisticsAgainstPlan>> byOrderAndMilestone = queries.logisticsAgainstPlan(Scope.of(scope))
                .stream()
                .collect(Collectors.groupingBy(e -> e.orderNo() + "|" + e.milestoneCode()));
        List<Finding> findings = new ArrayList<>();
        for (List<LogisticsAgainstPlan> events : byOrderAndMilestone.values()) {
            LogisticsAgainstPlan latest = events.stream().max(Comparator.comparing(LogisticsAgainstPlan::eventId))
                    .orElseThrow();
            Instant happens = latest.actualAt() != null ? latest.actualAt() : latest.expectedAt();
            Duration late = Duration.between(latest.plannedDate().atStartOfDay(clock.getZone()).toInstant(), happens);
            if (late.compareTo(settings.logisticsDeviation()) > 0) {
                findings.add(findingFor(latest, late));
            }
        }
        return findings;
    }

    private Finding findingFor(LogisticsAgainstPlan e, Duration late) {
        int daysLate = (int) Math.max(1, late.minus(Duration.ofDays(1)).toDays() + 1);
        boolean delaysShipment = e.kind() == LogisticsEventKind.BOOKING || e.kind() == LogisticsEventKind.ETD;
        int impact = delaysShipment ? Math.max(daysLate, e.delayDays()) : e.delayDays();
        boolean happened = e.actualAt() != null;
        String when = TIME.withZone(clock.getZone()).format(happened ? e.actualAt() : e.expectedAt());
        String what = e.kind().label() + (happened ? "实际 " : "预计 ") + when;
        return new Finding(e.orderId(), e.orderNo(), type(), e.milestoneCode(), e.stage(),
                impact, 1.0, "merchandiser", e.factoryCode(), null,
                what + "，晚于计划日 " + e.plannedDate() + " " + late.toHours() + " 小时",
                "计划 " + e.plannedDate() + " " + e.kind().label() + "，" + (happened ? "实际于 " : "现预计 ") + when
                        + "，比计划日开始晚 " + late.toHours() + " 小时；"
                        + (delaysShipment ? "出运因此推迟约 " + impact + " 天" : "影响客户收货，订单交期晚 " + impact + " 天"),
                e.dueDate());
    }
}
