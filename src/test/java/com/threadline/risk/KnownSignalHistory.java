package com.threadline.risk;

import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivered orders with a signal known beforehand, written straight into the tables (a thousand orders through the
 * lifecycle would take minutes): at the slow factory 70% of orders are delivered late, at the punctual one 10%; an
 * order whose fabric came 5 to 12 days late (from the late fabric supplier) is late with 85% whatever its factory.
 * Due dates spread over the last 400 days; a late order's slip shows in production first and grows to its delivery
 * delay. Also open orders, on plan or with fabric overdue, for the model to score.
 */
@Component
class KnownSignalHistory {

    static final String SLOW_FACTORY = "F-RKSLOW";
    static final String SLOW_FACTORY_NAME = "慢速测试制衣厂";
    static final String PUNCTUAL_FACTORY = "F-RKOK";
    static final String LATE_FABRIC = "S-RKLATE";
    static final String PUNCTUAL_FABRIC = "S-RKOK";
    static final String TRIMS = "S-RKTRM";
    static final int ORDERS = 1000;
    private static final String PREFIX = "RKH-";
    private static final String CUSTOMER = "风险测试客户";

    private final JdbcTemplate jdbc;
    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final Clock clock;

    KnownSignalHistory(JdbcTemplate jdbc, FactoryRepository factories, SupplierRepository suppliers, Clock clock) {
        this.jdbc = jdbc;
        this.factories = factories;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    record Template(int seq, String code, String nameZh, String nameEn, String stage, String ownerRole,
            int offset, boolean delivery) {
    }

    /** Writes the history once per database. */
    synchronized void ensure() {
        partners();
        Integer written = jdbc.queryForObject("SELECT COUNT(*) FROM orders WHERE order_no LIKE ?", Integer.class,
                PREFIX + "%");
        if (written != null && written >= ORDERS) {
            return;
        }
        List<Template> template = template();
        Random random = new Random(17);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < ORDERS; i++) {
            boolean slow = random.nextBoolean();
            int fabricLate = random.nextDouble() < 0.25 ? 5 + random.nextInt(8) : 0;
            double lateChance = fabricLate > 0 ? 0.85 : slow ? 0.7 : 0.1;
            int delay = random.nextDouble() < lateChance ? 3 + random.nextInt(13) : 0;
            LocalDate due = today.minusDays(40 + (long) (400.0 * (ORDERS - i) / ORDERS));
            long orderId = order(PREFIX + String.format("%05d", i), slow ? SLOW_FACTORY : PUNCTUAL_FACTORY, due,
                    "DELIVERED", delay);
            milestones(orderId, template, due, fabricLate, delay, null);
            materials(orderId, template, due, fabricLate > 0 ? LATE_FABRIC : PUNCTUAL_FABRIC, fabricLate, null);
        }
    }

    /** An open order due in {@code dueInDays}, on plan so far, or with its fabric overdue by {@code fabricOverdue}. */
    String openOrder(String orderNo, String factoryCode, int dueInDays, int fabricOverdue) {
        partners();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(dueInDays);
        List<Template> template = template();
        long orderId = order(orderNo, factoryCode, due, "OPEN", 0);
        milestones(orderId, template, due, 0, 0, today);
        LocalDate fabricNeeded = fabricOverdue > 0 ? today.minusDays(fabricOverdue) : null;
        materials(orderId, template, due, fabricOverdue > 0 ? LATE_FABRIC : PUNCTUAL_FABRIC, 0, fabricNeeded);
        if (fabricNeeded != null) {
            jdbc.update("UPDATE milestone SET planned_date = ?, actual_date = NULL WHERE order_id = ? AND code = ?",
                    Date.valueOf(fabricNeeded), orderId, "FABRIC_IN_HOUSE");
        }
        return orderNo;
    }

    private void partners() {
        if (factories.findByCode(SLOW_FACTORY).isEmpty()) {
            factories.save(new Factory(SLOW_FACTORY, SLOW_FACTORY_NAME, "东莞", "陈厂长", "13800000101"));
        }
        if (factories.findByCode(PUNCTUAL_FACTORY).isEmpty()) {
            factories.save(new Factory(PUNCTUAL_FACTORY, "准时测试制衣厂", "宁波", "王厂长", "13800000102"));
        }
        if (suppliers.findByCode(LATE_FABRIC).isEmpty()) {
            suppliers.save(new Supplier(LATE_FABRIC, "迟到测试面料厂", MaterialKind.FABRIC, 5, "李经理", "13900000101"));
        }
        if (suppliers.findByCode(PUNCTUAL_FABRIC).isEmpty()) {
            suppliers.save(new Supplier(PUNCTUAL_FABRIC, "准时测试面料厂", MaterialKind.FABRIC, 5, "赵经理",
                    "13900000102"));
        }
        if (suppliers.findByCode(TRIMS).isEmpty()) {
            suppliers.save(new Supplier(TRIMS, "风险测试辅料厂", MaterialKind.TRIMS, 3, "钱经理", "13900000103"));
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name = ?", Integer.class, CUSTOMER) == 0) {
            jdbc.update("INSERT INTO customer (name, created_at, version) VALUES (?, ?, 0)", CUSTOMER,
                    Timestamp.valueOf(LocalDateTime.now(clock)));
        }
    }

    private List<Template> template() {
        return jdbc.query("""
                SELECT tm.seq, tm.code, tm.name_zh, tm.name_en, tm.stage, tm.owner_role, tm.offset_days,
                       tm.delivery_milestone
                FROM template_milestone tm JOIN milestone_template t ON t.id = tm.template_id
                WHERE t.code = 'WOVEN_STANDARD' ORDER BY tm.seq""",
                (row, n) -> new Template(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getInt(7), row.getBoolean(8)));
    }

    private long order(String orderNo, String factoryCode, LocalDate due, String status, int delay) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.update("""
                INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id,
                                    merchandiser, business_owner, template_code, status, stage, plan_stage,
                                    forecast_delivery_date, delay_days, request_fingerprint, created_at, updated_at,
                                    version)
                SELECT ?, (SELECT id FROM customer WHERE name = ?), 'RK-STYLE', 'WOVEN', 1000, ?,
                       (SELECT id FROM factory WHERE code = ?), 'merch', 'owner', 'WOVEN_STANDARD', ?, ?, ?, ?, ?, ?,
                       ?, ?, 0""",
                orderNo, CUSTOMER, Date.valueOf(due), factoryCode, status,
                status.equals("OPEN") ? "DESIGN" : "LOGISTICS", status.equals("OPEN") ? "DESIGN" : "LOGISTICS",
                Date.valueOf(due.plusDays(delay)), delay, "risk-test-" + orderNo, now, now);
        return jdbc.queryForObject("SELECT id FROM orders WHERE order_no = ?", Long.class, orderNo);
    }

    /**
     * Delivered: every milestone happened, materials by the fabric's lateness, production onwards by a growing share
     * of the delivery delay. Open ({@code today} given): milestones planned before today happened on plan.
     */
    private void milestones(long orderId, List<Template> template, LocalDate due, int fabricLate, int delay,
            LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (Template m : template) {
            LocalDate planned = due.plusDays(m.offset());
            LocalDate actual;
            if (today != null) {
                actual = planned.isBefore(today) ? planned : null;
            } else {
                int slip = 0;
                if (m.stage().equals("MATERIALS") && m.offset() >= -40) {
                    slip = fabricLate;
                } else if (m.offset() > -35) {
                    slip = (int) Math.round(delay * Math.min(1.0, Math.max(0.2, (m.offset() + 35) / 35.0)));
                    slip = Math.max(slip, m.offset() <= -25 ? Math.min(fabricLate, 3) : 0);
                }
                actual = planned.plusDays(slip);
            }
            rows.add(new Object[] {orderId, m.seq(), m.code(), m.nameZh(), m.nameEn(), m.stage(), m.ownerRole(),
                    m.delivery(), Date.valueOf(planned), Date.valueOf(actual == null ? planned : actual),
                    actual == null ? null : Date.valueOf(actual)});
        }
        jdbc.batchUpdate("""
                INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, delivery_milestone,
                                       planned_date, forecast_date, actual_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void materials(long orderId, List<Template> template, LocalDate due, String fabricSupplier,
            int fabricLate, LocalDate fabricNeeded) {
        LocalDate needed = fabricNeeded != null ? fabricNeeded : due.plusDays(offset(template, "FABRIC_IN_HOUSE"));
        LocalDate trimsNeeded = due.plusDays(offset(template, "TRIMS_IN_HOUSE"));
        LocalDate today = LocalDate.now(clock);
        LocalDate fabricArrival = fabricNeeded != null ? null : needed.plusDays(fabricLate > 0 ? fabricLate : -1);
        LocalDate trimsArrival = trimsNeeded.isBefore(today) ? trimsNeeded.minusDays(1) : null;
        line(orderId, 1, MaterialKind.FABRIC, fabricSupplier, needed,
                fabricArrival != null && fabricArrival.isBefore(today) ? fabricArrival : null);
        line(orderId, 2, MaterialKind.TRIMS, TRIMS, trimsNeeded, trimsArrival);
    }

    private void line(long orderId, int lineNo, MaterialKind kind, String supplier, LocalDate needed,
            LocalDate arrival) {
        jdbc.update("""
                INSERT INTO material_line (order_id, line_no, kind, description, supplier_id, quantity, unit,
                                           po_due_date, needed_by, arrival_date)
                SELECT ?, ?, ?, ?, (SELECT id FROM supplier WHERE code = ?), 1000, 'm', ?, ?, ?""",
                orderId, lineNo, kind.name(), kind == MaterialKind.FABRIC ? "面料" : "辅料", supplier,
                Date.valueOf(needed), Date.valueOf(needed), arrival == null ? null : Date.valueOf(arrival));
    }

    private static int offset(List<Template> template, String code) {
        return template.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().offset();
    }
}
