package com.threadline.monitoring;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.monitoring.MonitorQueries.OpenMaterial;
import com.threadline.partner.MaterialKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * A material line predicted to arrive after the plan needs it in house. The prediction is the supplier's
 * ETA once shipped; before that, the later of the PO due date and "shipped today" plus transit days; and never
 * earlier than the date someone now expects the line's in-house milestone (a slip reported there).
 */
@Component
class MaterialDelayMonitor implements Monitor {

    private final MonitorQueries queries;
    private final MonitoringSettings settings;

    MaterialDelayMonitor(MonitorQueries queries, MonitoringSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.MATERIAL_DELAY;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        LocalDate horizon = today.plusDays(queries.longestTransitDays());
        return queries.materialsAtRisk(horizon, Scope.of(scope)).stream()
                .map(m -> findingFor(m, today))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The line's own prediction, unless someone expects its in-house milestone later: then that date. */
    static LocalDate predictedArrival(OpenMaterial m, LocalDate today) {
        LocalDate own = ownPrediction(m, today);
        return m.inHouseExpected() != null && m.inHouseExpected().isAfter(own) ? m.inHouseExpected() : own;
    }

    private static LocalDate ownPrediction(OpenMaterial m, LocalDate today) {
        if (m.eta() != null) {
            return m.eta();
        }
        if (m.shippedDate() != null) {
            return m.shippedDate().plusDays(m.transitDays());
        }
        LocalDate earliest = today.plusDays(m.transitDays());
        return m.poDueDate() != null && m.poDueDate().isAfter(earliest) ? m.poDueDate() : earliest;
    }

    private Finding findingFor(OpenMaterial m, LocalDate today) {
        LocalDate predicted = predictedArrival(m, today);
        int daysLate = (int) ChronoUnit.DAYS.between(m.neededBy(), predicted);
        if (daysLate < settings.materialDelayDays()) {
            return null;
        }
        return new Finding(m.orderId(), m.orderNo(), type(), "LINE-" + m.lineNo(), m.stage(), daysLate, 1.0,
                "purchaser", m.factoryCode(), m.supplierCode(),
                m.description() + " (" + m.supplierCode() + ") 预计 " + predicted + " 到厂，晚于需求日 " + m.neededBy()
                        + " " + daysLate + " 天",
                "第 " + m.lineNo() + " 行" + (m.kind() == MaterialKind.FABRIC ? "面料" : "辅料") + "（供应商 "
                        + m.supplierCode() + "）预计 " + predicted + " 到厂"
                        + (m.shippedDate() == null ? "（尚未发货）" : "（" + m.shippedDate() + " 已发货）")
                        + "，比需求日 " + m.neededBy() + " 晚 " + daysLate + " 天", m.neededBy());
    }
}
