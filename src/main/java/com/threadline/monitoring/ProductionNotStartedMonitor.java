package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Due within the threshold (default 7 days) and cutting has not started (seed 002). */
@Component
class ProductionNotStartedMonitor implements Monitor {

    private final MonitorQueries queries;
    private final MonitoringSettings settings;

    ProductionNotStartedMonitor(MonitorQueries queries, MonitoringSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.PRODUCTION_NOT_STARTED;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        return queries.unstartedOrdersDueBy(today.plusDays(settings.notStartedWithinDays()), Scope.of(scope))
                .stream()
                .map(o -> {
                    long daysLeft = ChronoUnit.DAYS.between(today, o.dueDate());
                    return new Finding(o.id(), o.orderNo(), type(), "CUTTING_START", o.stage(), o.delayDays(), 1.0,
                            "planner", o.factoryCode(), null,
                            "距交期 " + daysLeft + " 天仍未开裁",
                            "交期 " + o.dueDate() + "，只剩 " + daysLeft + " 天，裁剪还未开始",
                            o.dueDate());
                })
                .toList();
    }
}
