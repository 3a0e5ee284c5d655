package com.threadline.rulehealth;

import com.threadline.exception.ExceptionType;
import com.threadline.monitoring.Monitor;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often each monitor fired in a window: the exceptions it opened (one per finding that was not already open),
 * counted with one grouped query, and when it last fired at all.
 */
@Component
class MonitorFirings {

    private final List<Monitor> monitors;
    private final EntityManager entities;

    MonitorFirings(List<Monitor> monitors, EntityManager entities) {
        this.monitors = monitors;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    List<MonitorFiring> of(Instant from, Instant to) {
        Map<ExceptionType, Long> inWindow = new HashMap<>();
        Map<ExceptionType, Instant> last = new HashMap<>();
        entities.createQuery("select e.type, sum(case when e.detectedAt >= :from and e.detectedAt < :to then 1 else 0 end),"
                        + " max(e.detectedAt) from OrderException e where e.detectedAt < :to group by e.type",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().forEach(row -> {
                    ExceptionType type = (ExceptionType) row[0];
                    inWindow.put(type, ((Number) row[1]).longValue());
                    last.put(type, (Instant) row[2]);
                });
        return monitors.stream().map(Monitor::type).distinct().sorted()
                .map(type -> new MonitorFiring(type, type.label(), inWindow.getOrDefault(type, 0L), last.get(type),
                        inWindow.getOrDefault(type, 0L) == 0))
                .toList();
    }

    /** One monitor: the exceptions it opened in the window, the last it ever opened, and whether it stayed silent. */
    record MonitorFiring(ExceptionType type, String name, long firings, Instant lastFiredAt, boolean silent) {
    }
}
