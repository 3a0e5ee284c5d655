package com.threadline.exception;

import com.threadline.plan.Stage;
import com.threadline.web.InvalidRequestException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics over closed exceptions (复盘统计): how many, and how fast people responded (detected → confirmed)
 * and planned (detected → plan submitted), by type, stage, factory and supplier, and the exception nodes that
 * occur most often. Each figure is one aggregate query ({@code group by}); the durations are averaged by the
 * database through Hibernate's {@code (end - start) by second}, which each dialect (H2, MySQL) translates to
 * its own date arithmetic.
 */
@Service
@Transactional(readOnly = true)
public class ExceptionStatistics {

    static final int TOP_NODES = 10;

    private static final String MEASURES = "count(e), avg((e.confirmedAt - e.detectedAt) by second), "
            + "avg((e.planSubmittedAt - e.detectedAt) by second)";

    private final EntityManager entities;
    private final ZoneId zone;

    ExceptionStatistics(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.zone = clock.getZone();
    }

    /**
     * @param from first day of the closing window (company time zone), or null
     * @param to last day of the closing window, inclusive, or null
     * @param factory only exceptions at this factory, or null
     * @param supplier only exceptions of this supplier, or null
     */
    public Statistics of(LocalDate from, LocalDate to, String factory, String supplier) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidRequestException.of("from", "must not be after to");
        }
        Window window = new Window(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), blankToNull(factory),
                blankToNull(supplier));
        Object[] total = window.query(entities, "select " + MEASURES + " from OrderException e" + window.where())
                .getSingleResult();
        return new Statistics(from, to, window.factory(), window.supplier(), count(total[0]),
                minutes(total[1]), minutes(total[2]),
                groups(window, "e.type"), groups(window, "e.stage"), groups(window, "e.factoryCode"),
                groups(window, "e.supplierCode"), topNodes(window));
    }

    private List<Group> groups(Window window, String attribute) {
        String jpql = "select " + attribute + ", " + MEASURES + " from OrderException e" + window.where()
                + " group by " + attribute + " order by count(e) desc, " + attribute;
        return window.query(entities, jpql).getResultList().stream().map(row -> {
            String key = row[0] == null ? null : row[0] instanceof Enum<?> value ? value.name() : row[0].toString();
            String label = row[0] instanceof ExceptionType type ? type.label() : null;
            return new Group(key, label, count(row[1]), minutes(row[2]), minutes(row[3]));
        }).toList();
    }

    private List<Node> topNodes(Window window) {
        String nodes = "e.type, e.stage, e.factoryCode, e.supplierCode";
        String jpql = "select " + nodes + ", " + MEASURES + " from OrderException e" + window.where()
                + " group by " + nodes + " order by count(e) desc, " + nodes;
        return window.query(entities, jpql).setMaxResults(TOP_NODES).getResultList().stream().map(row -> {
            ExceptionType type = (ExceptionType) row[0];
            return new Node(type, type.label(), (Stage) row[1], (String) row[2], (String) row[3], count(row[4]),
                    minutes(row[5]), minutes(row[6]));
        }).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds averaged by the database, as minutes to one decimal; null when nothing was averaged. */
    private static Double minutes(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 6.0) / 10.0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Closed exceptions, closed in [start, end), optionally at one factory or of one supplier. */
    private record Window(Instant start, Instant end, String factory, String supplier) {

        String where() {
            StringBuilder where = new StringBuilder(" where e.status = :closed");
            if (start != null) {
                where.append(" and e.closedAt >= :start");
            }
            if (end != null) {
                where.append(" and e.closedAt < :end");
            }
            if (factory != null) {
                where.append(" and e.factoryCode = :factory");
            }
            if (supplier != null) {
                where.append(" and e.supplierCode = :supplier");
            }
            return where.toString();
        }

        TypedQuery<Object[]> query(EntityManager entities, String jpql) {
            TypedQuery<Object[]> query = entities.createQuery(jpql, Object[].class)
                    .setParameter("closed", ExceptionStatus.CLOSED);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("start", start);
            parameters.put("end", end);
            parameters.put("factory", factory);
            parameters.put("supplier", supplier);
            parameters.forEach((name, value) -> {
                if (value != null) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }

    /**
     * The figures for the window. Means are in minutes; a mean is absent when nothing in the group had that
     * step (no plan is asked of P2 and P3).
     */
    public record Statistics(LocalDate from, LocalDate to, String factory, String supplier, long count,
            Double meanResponseMinutes, Double meanPlanMinutes, List<Group> byType, List<Group> byStage,
            List<Group> byFactory, List<Group> bySupplier, List<Node> topNodes) {
    }

    /** One group: {@code key} is the type, stage, factory code or supplier code (absent: none recorded). */
    public record Group(String key, String label, long count, Double meanResponseMinutes, Double meanPlanMinutes) {
    }

    /** One exception node: a (type, stage, factory, supplier) combination, by how often it occurred. */
    public record Node(ExceptionType type, String typeLabel, Stage stage, String factoryCode, String supplierCode,
            long count, Double meanResponseMinutes, Double meanPlanMinutes) {
    }
}
