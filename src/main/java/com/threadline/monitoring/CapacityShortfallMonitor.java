package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.monitoring.MonitorQueries.OutputAgainstCapacity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Daily output below the planned daily capacity by more than the threshold (default 10%) on the latest
 * reported days, that many days running (default 2 consecutive calendar days).
 */
@Component
class CapacityShortfallMonitor implements Monitor {

    /** Reports older than this are not "running" any more. */
    private static final int LOOK_BACK_DAYS = 7;

    private final MonitorQueries queries;
    private final MonitoringSettings settings;

    CapacityShortfallMonitor(MonitorQueries queries, MonitoringSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.CAPACITY_SHORTFALL;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        Map<String, List<OutputAgainstCapacity>> byOrderAndStage = queries.outputAgainstCapacitySince(
                today.minusDays(LOOK_BACK_DAYS), Scope.of(scope)).stream()
                .collect(Collectors.groupingBy(o -> o.orderNo() + "|" + o.productionStage()));
        return byOrderAndStage.values().stream().map(this::findingFor).filter(Objects::nonNull).toList();
    }

    private Finding findingFor(List<OutputAgainstCapacity> reports) {
        int days = settings.capacityDaysRunning();
        List<OutputAgainstCapacity> latest = reports.stream()
                .sorted(Comparator.comparing(OutputAgainstCapacity::reportDate).reversed())
                .limit(days)
                .toList();
        if (latest.size() < days || !consecutive(latest) || !latest.stream().allMatch(this::isShort)) {
            return null;
        }
        int shortfall = latest.stream().mapToInt(r -> r.dailyCapacity() - r.quantity()).sum();
        int daily = latest.get(0).dailyCapacity();
        int daysLost = (shortfall + daily - 1) / daily;
        OutputAgainstCapacity last = latest.get(0);
        double valueShare = Math.min(1.0, (double) shortfall / last.orderQuantity());
        int percent = (int) Math.round(100.0 * shortfall / (daily * (double) days));
        return new Finding(last.orderId(), last.orderNo(), type(), last.productionStage().name(), last.stage(),
                daysLost, valueShare, "planner", last.factoryCode(), null,
                last.productionStage().label() + "连续 " + days + " 天产量低于计划 " + percent + "%",
                last.productionStage().label() + "截至 " + last.reportDate() + " 连续 " + days + " 天低于计划日产 " + daily
                        + " 件，共少 " + percent + "%（" + shortfall + " 件）",
                last.dueDate());
    }

    private boolean isShort(OutputAgainstCapacity report) {
        return report.quantity() < report.dailyCapacity() * (1 - settings.capacityShortfall());
    }

    private static boolean consecutive(List<OutputAgainstCapacity> newestFirst) {
        for (int i = 1; i < newestFirst.size(); i++) {
            if (!newestFirst.get(i).reportDate().equals(newestFirst.get(i - 1).reportDate().minusDays(1))) {
                return false;
            }
        }
        return true;
    }
}
