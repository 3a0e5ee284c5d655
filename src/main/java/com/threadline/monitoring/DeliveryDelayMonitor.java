package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Forecast delivery later than the due date by more than the threshold (default 0: any slip); the decision grades it. */
@Component
class DeliveryDelayMonitor implements Monitor {

    private final MonitorQueries queries;
    private final MonitoringSettings settings;

    DeliveryDelayMonitor(MonitorQueries queries, MonitoringSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.DELIVERY_DELAY;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        return queries.lateOrders(settings.deliveryDelayDays(), Scope.of(scope)).stream()
                .map(o -> new Finding(o.id(), o.orderNo(), type(), "ORDER", o.stage(), o.delayDays(), 1.0,
                        "merchandiser", o.factoryCode(), null,
                        "预计交期 " + o.forecastDeliveryDate() + " 晚于交期 " + o.dueDate() + " " + o.delayDays() + " 天",
                        "按当前进度预计 " + o.forecastDeliveryDate() + " 交货，比交期 " + o.dueDate() + " 晚 "
                                + o.delayDays() + " 天", o.dueDate()))
                .toList();
    }
}
