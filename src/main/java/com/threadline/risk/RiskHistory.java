package com.threadline.risk;

import com.threadline.partner.MaterialKind;
import com.threadline.plan.Stage;
import com.threadline.risk.OrderFacts.ExceptionFact;
import com.threadline.risk.OrderFacts.MaterialFact;
import com.threadline.risk.OrderFacts.MilestoneFact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads orders for the forecast with a few set-based queries (never one per order): delivered orders whole, to learn
 * from; open orders with only what can make them late as of today (milestones planned before today and not done on
 * time), to score; and the track records of factories, product types and suppliers.
 */
@Component
class RiskHistory {

    private static final String ORDERS = """
            SELECT o.id, o.order_no, f.code AS factory_code, f.name AS factory_name, o.product_type,
                   o.plan_kept_percent, o.due_date, o.plan_stage
            FROM orders o JOIN factory f ON f.id = o.factory_id
            WHERE o.status = :status""";
    private static final String MILESTONES = """
            SELECT m.order_id, m.stage, m.planned_date, m.actual_date, m.delivery_milestone
            FROM milestone m JOIN orders o ON o.id = m.order_id
            WHERE o.status = :status""";
    private static final String MATERIALS = """
            SELECT ml.order_id, ml.kind, ml.supplier_id, s.name AS supplier_name, ml.needed_by, ml.arrival_date
            FROM material_line ml JOIN supplier s ON s.id = ml.supplier_id JOIN orders o ON o.id = ml.order_id
            WHERE o.status = :status""";
    private static final String EXCEPTIONS = """
            SELECT e.order_id, e.type, e.detected_at, e.closed_at
            FROM order_exception e JOIN orders o ON o.id = e.order_id
            WHERE o.status = :status""";
    private static final String IN_SCOPE = " AND o.order_no IN (:scope)";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final MessageSource texts;

    RiskHistory(NamedParameterJdbcTemplate jdbc, Clock clock, MessageSource texts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.texts = texts;
    }

    /** Every delivered order whose delivery milestone has its date, whole. */
    List<OrderFacts> deliveredOrders() {
        MapSqlParameterSource params = new MapSqlParameterSource("status", "DELIVERED");
        Map<Long, OrderFacts> orders = orders(ORDERS, params);
        jdbc.query(MILESTONES, params, (ResultSet row) -> {
            OrderFacts order = orders.get(row.getLong("order_id"));
            if (order != null) {
                MilestoneFact milestone = milestone(row);
                order.milestones.add(milestone);
                if (row.getBoolean("delivery_milestone") && milestone.actual() != null) {
                    order.deliveredOn = milestone.actual();
                }
            }
        });
        readMaterials(MATERIALS, params, orders);
        readExceptions(EXCEPTIONS, params, orders);
        return orders.values().stream().filter(o -> o.deliveredOn != null).toList();
    }

    /**
     * Open orders (all, or those numbered in {@code scope}) as of today: the milestones that make them late so far,
     * their material lines, their exceptions not closed.
     */
    List<OrderFacts> openOrders(Collection<String> scope, LocalDate today) {
        if (scope != null && scope.isEmpty()) {
            return List.of();
        }
        String limit = scope == null ? "" : IN_SCOPE;
        MapSqlParameterSource params = new MapSqlParameterSource("status", "OPEN").addValue("scope", scope)
                .addValue("today", today);
        Map<Long, OrderFacts> orders = orders(ORDERS + limit, params);
        jdbc.query(MILESTONES + limit
                + " AND m.planned_date < :today AND (m.actual_date IS NULL OR m.actual_date > m.planned_date)",
                params, (ResultSet row) -> {
                    OrderFacts order = orders.get(row.getLong("order_id"));
                    if (order != null) {
                        order.milestones.add(milestone(row));
                    }
                });
        readMaterials(MATERIALS + limit, params, orders);
        readExceptions(EXCEPTIONS + limit + " AND e.status <> 'CLOSED'", params, orders);
        return new ArrayList<>(orders.values());
    }

    /** Delivered orders' outcomes by factory, product type and due month; arrived material lines' by supplier. */
    FeatureRow.Records trackRecords() {
        List<TrackRecords.Outcome> factories = new ArrayList<>();
        List<TrackRecords.Outcome> productTypes = new ArrayList<>();
        List<TrackRecords.Outcome> months = new ArrayList<>();
        jdbc.query("""
                SELECT f.code, o.product_type, o.due_date, m.actual_date
                FROM orders o JOIN factory f ON f.id = o.factory_id
                     JOIN milestone m ON m.order_id = o.id AND m.delivery_milestone = TRUE
                WHERE o.status = 'DELIVERED' AND m.actual_date IS NOT NULL""", (ResultSet row) -> {
            LocalDate delivered = row.getObject("actual_date", LocalDate.class);
            LocalDate due = row.getObject("due_date", LocalDate.class);
            boolean late = delivered.isAfter(due);
            months.add(new TrackRecords.Outcome(FeatureRow.monthKey(due), delivered, late));
            factories.add(new TrackRecords.Outcome(row.getString("code"), delivered, late));
            productTypes.add(new TrackRecords.Outcome(row.getString("product_type"), delivered, late));
        });
        List<TrackRecords.Outcome> suppliers = new ArrayList<>();
        jdbc.query("""
                SELECT supplier_id, needed_by, arrival_date FROM material_line
                WHERE arrival_date IS NOT NULL AND needed_by IS NOT NULL""", (ResultSet row) -> {
            LocalDate arrival = row.getObject("arrival_date", LocalDate.class);
            suppliers.add(new TrackRecords.Outcome(String.valueOf(row.getLong("supplier_id")), arrival,
                    arrival.isAfter(row.getObject("needed_by", LocalDate.class))));
        });
        return new FeatureRow.Records(new TrackRecords(factories), new TrackRecords(productTypes),
                new TrackRecords(suppliers), new TrackRecords(months));
    }

    private Map<Long, OrderFacts> orders(String sql, MapSqlParameterSource params) {
        Map<Long, OrderFacts> orders = new LinkedHashMap<>();
        jdbc.query(sql, params, (ResultSet row) -> {
            long id = row.getLong("id");
            String productType = row.getString("product_type");
            orders.put(id, new OrderFacts(id, row.getString("order_no"), row.getString("factory_code"),
                    row.getString("factory_name"), productType,
                    texts.getMessage("enum.ProductType." + productType, null, productType, Locale.SIMPLIFIED_CHINESE),
                    row.getInt("plan_kept_percent"),
                    row.getObject("due_date", LocalDate.class), Stage.valueOf(row.getString("plan_stage"))));
        });
        return orders;
    }

    private void readMaterials(String sql, MapSqlParameterSource params, Map<Long, OrderFacts> orders) {
        jdbc.query(sql, params, (ResultSet row) -> {
            OrderFacts order = orders.get(row.getLong("order_id"));
            if (order != null) {
                order.materials.add(new MaterialFact(MaterialKind.valueOf(row.getString("kind")),
                        row.getLong("supplier_id"), row.getString("supplier_name"),
                        row.getObject("needed_by", LocalDate.class), row.getObject("arrival_date", LocalDate.class)));
            }
        });
    }

    private void readExceptions(String sql, MapSqlParameterSource params, Map<Long, OrderFacts> orders) {
        jdbc.query(sql, params, (ResultSet row) -> {
            OrderFacts order = orders.get(row.getLong("order_id"));
            if (order != null) {
                order.exceptions.add(new ExceptionFact(row.getString("type"), day(row.getTimestamp("detected_at")),
                        day(row.getTimestamp("closed_at"))));
            }
        });
    }

    private static MilestoneFact milestone(ResultSet row) throws SQLException {
        return new MilestoneFact(Stage.valueOf(row.getString("stage")), row.getObject("planned_date", LocalDate.class),
                row.getObject("actual_date", LocalDate.class));
    }

    /** Timestamps are written in UTC (hibernate.jdbc.time_zone); the day is the company's. */
    private LocalDate day(Timestamp at) {
        return at == null ? null : at.toLocalDateTime().atOffset(ZoneOffset.UTC).atZoneSameInstant(clock.getZone())
                .toLocalDate();
    }
}
