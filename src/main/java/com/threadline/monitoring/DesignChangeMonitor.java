package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.monitoring.MonitorQueries.TechPackChange;
import com.threadline.plan.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The tech pack changed (a second or later version) less than the window (default 48 h) before production
 * starts, or after it started. Production starts at the beginning of the cutting-start day, local time; a
 * change after that is graded as a change in production, whatever step the order's process is at.
 */
@Component
class DesignChangeMonitor implements Monitor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Versions older than this cannot fall inside any window that still matters for an open order. */
    private static final Duration LOOK_BACK = Duration.ofDays(120);

    private final MonitorQueries queries;
    private final MonitoringSettings settings;
    private final Clock clock;

    DesignChangeMonitor(MonitorQueries queries, MonitoringSettings settings, Clock clock) {
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.DESIGN_CHANGE;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        Map<Long, List<TechPackChange>> byOrder = queries.techPackVersionsChangedSince(now.minus(LOOK_BACK),
                Scope.of(scope)).stream().collect(Collectors.groupingBy(TechPackChange::orderId));
        return byOrder.values().stream().map(this::findingFor).filter(Objects::nonNull).toList();
    }

    private Finding findingFor(List<TechPackChange> versions) {
        if (versions.size() < 2) {
            return null;
        }
        TechPackChange latest = versions.stream().max(Comparator.comparing(TechPackChange::changedAt)).orElseThrow();
        LocalDate startDay = latest.cuttingActual() != null ? latest.cuttingActual() : latest.cuttingForecast();
        Instant productionStart = startDay.atStartOfDay(clock.getZone()).toInstant();
        Duration beforeStart = Duration.between(latest.changedAt(), productionStart);
        if (beforeStart.compareTo(settings.designChangeWindow()) >= 0) {
            return null;
        }
        String when = beforeStart.isNegative() ? "已在开裁后" : "距开裁仅 " + beforeStart.toHours() + " 小时";
        Stage stage = beforeStart.isNegative() ? Stage.PRODUCTION : latest.stage();
        return new Finding(latest.orderId(), latest.orderNo(), type(), "TECH_PACK", stage,
                latest.delayDays(), 1.0, "tech", latest.factoryCode(), null,
                "工艺单变更为 " + latest.version() + "，" + when,
                "工艺单于 " + TIME.withZone(clock.getZone()).format(latest.changedAt()) + " 变更为 " + latest.version()
                        + "，" + when + "（开裁日 " + startDay + "）", startDay);
    }
}
