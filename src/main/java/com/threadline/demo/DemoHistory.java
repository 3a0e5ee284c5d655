package com.threadline.demo;

import com.threadline.customer.CustomerDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six months of closed orders behind the live demo, so that the dashboard's charts mean something: about 360 orders
 * due ex-factory in the 26 weeks that end 45 days ago (all delivered to the customer by now, about 6% cancelled on
 * the way), with every milestone's planned and actual date, their material lines, and (in {@link DemoHistoryAlerts})
 * the exceptions they raised and the alerts those sent. Closed orders need no process, so the rows are written
 * straight into the tables in a few batches; a fixed seed makes the same history every time, relative to today.
 *
 * <p>The history carries these signals on purpose (README "Dashboard" describes them for users):
 * <ul>
 * <li>F-DG (东莞联丰制衣厂) sews and finishes slowly: sewing takes 0–2 days longer than the template's gap, finishing
 * 1–2 days (36 hours on average), washing and packing now and then a day.</li>
 * <li>S-CZ (常州恒力面料)'s fabric arrives late in about 60% of its orders, by 3–10 days; S-KQ's seldom, by a day or
 * two.</li>
 * <li>A late fabric makes a late delivery: a step that starts late wins back a day only now and then (and a tenth of a
 * long gap), so fabric a week late still leaves the factory days late.</li>
 * <li>Peak season (due in August–October) is worse: half again as many orders, and each production step slips a day
 * more often.</li>
 * <li>Bella Moda approves pre-production samples late, but the plan's slack absorbs most of it.</li>
 * </ul>
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    static final String ORDER_PREFIX = "TLH-";
    private static final int WEEKS = 26;
    private static final int LAST_DUE_DAYS_AGO = 45;
    private static final int ORDERS_PER_WEEK = 11;
    private static final int PEAK_ORDERS_PER_WEEK = 17;
    /** How often a step that starts late wins back a day (overtime, a second line), besides a tenth of long gaps. */
    private static final int RECOVERY_PERCENT = 40;
    private static final String[] PRODUCT_TYPES = {"WOVEN", "KNIT", "DENIM", "KNIT", "WOVEN"};
    private static final String[] STYLES = {"W-JK 女式夹克", "K-TS 针织T恤", "D-JN 牛仔裤", "K-HD 卫衣", "W-SH 衬衫"};
    private static final String BELLA_MODA = "Bella Moda S.r.l.";
    private static final List<String> SLOW_FINISHING = List.of("SEWING_DONE", "WASHING", "FINISHING", "PACKING");
    private static final List<String> PRODUCTION = List.of("CUTTING_START", "SEWING_START", "CUTTING_DONE",
            "SEWING_DONE", "WASHING", "FINISHING", "PACKING");
    private static final String[] CANCEL_REASONS = {"客户取消：款式停产", "客户取消：信用证未开", "客户取消：销售季已过",
            "客户取消：订单合并"};

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;
    private final TransactionTemplate transaction;
    private final DemoHistoryAlerts alerts;
    private final Clock clock;
    /** template code|milestone code to its stage, for the stage a cancelled order stopped in */
    private final Map<String, String> stages = new HashMap<>();

    DemoHistory(JdbcTemplate jdbc, CustomerDirectory customers, TransactionTemplate transaction,
            DemoHistoryAlerts alerts, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.transaction = transaction;
        this.alerts = alerts;
        this.clock = clock;
    }

    void create() {
        long started = System.currentTimeMillis();
        Random random = new Random(16);
        Map<String, List<PlanStep>> templates = standardTemplates();
        List<PastOrder> past = simulate(random, templates);
        transaction.executeWithoutResult(status -> {
            Arrays.stream(DemoData.CUSTOMERS).forEach(customers::findOrAdd);
            writeOrders(past);
            writeMaterials(past);
            writeMilestones(past, templates);
            alerts.create(past, random);
        });
        log.info("Demo history: {} closed orders written in {} ms", past.size(), System.currentTimeMillis() - started);
    }

    private List<PastOrder> simulate(Random random, Map<String, List<PlanStep>> templates) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDue = today.minusDays(LAST_DUE_DAYS_AGO);
        LocalDate firstWeek = lastDue.minusWeeks(WEEKS - 1L);
        List<PastOrder> past = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate weekStart = firstWeek.plusWeeks(week);
            int count = peak(weekStart) ? PEAK_ORDERS_PER_WEEK : ORDERS_PER_WEEK;
            for (int i = 0; i < count; i++) {
                LocalDate due = weekStart.plusDays(random.nextInt(7));
                if (due.isAfter(lastDue)) {
                    due = lastDue;
                }
                past.add(simulate(past.size() + 1, due, random, templates));
            }
        }
        return past;
    }

    private PastOrder simulate(int n, LocalDate due, Random random, Map<String, List<PlanStep>> templates) {
        int typeIndex = random.nextInt(PRODUCT_TYPES.length);
        String type = PRODUCT_TYPES[typeIndex];
        String customer = DemoData.CUSTOMERS[random.nextInt(DemoData.CUSTOMERS.length)];
        int f = random.nextInt(10);
        String factory = f < 4 ? "F-NB" : f < 7 ? "F-SZ" : "F-DG";
        String fabric = random.nextInt(100) < 55 ? "S-KQ" : "S-CZ";
        String trims = random.nextBoolean() ? "S-YW" : "S-GZ";
        String merchandiser = random.nextInt(100) < 60 ? "merch" : "merch2";
        List<PlanStep> plan = templates.get(type);
        PastOrder order = new PastOrder(String.format("%s%s-%03d", ORDER_PREFIX, due.toString().substring(2, 7)
                .replace("-", ""), n), customer, type, plan.get(0).templateCode, factory, fabric, trims, merchandiser,
                due, 500 + random.nextInt(45) * 100, peak(due));
        plan.forEach(step -> order.planned.put(step.code, due.plusDays(step.offsetDays)));
        int cancelAt = random.nextInt(100) < 6 ? 4 + random.nextInt(14) : Integer.MAX_VALUE;
        int fabricLate = fabricLateDays(fabric, random);
        for (PlanStep step : plan) {
            if (step.seq >= cancelAt) {
                order.cancelReason = CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)];
                break;
            }
            LocalDate planned = order.planned.get(step.code);
            LocalDate chain = planned;
            boolean behind = false;
            for (String pred : step.predecessors()) {
                LocalDate predActual = order.actual.get(pred);
                if (predActual == null) {
                    continue;
                }
                long gap = planned.toEpochDay() - order.planned.get(pred).toEpochDay();
                LocalDate reached = predActual.plusDays(Math.max(0, gap - gap / 10));
                if (reached.isAfter(chain)) {
                    chain = reached;
                    behind = true;
                }
            }
            if (behind && random.nextInt(100) < RECOVERY_PERCENT) {
                chain = chain.minusDays(1);
            }
            int own = ownDelay(order, step.code, fabricLate, random);
            if (!behind && own == 0 && random.nextInt(100) < 8) {
                own = -1;
            }
            order.actual.put(step.code, chain.plusDays(own));
        }
        return order;
    }

    /** The days a milestone itself loses (see the class comment for the signal behind each). */
    private static int ownDelay(PastOrder order, String code, int fabricLate, Random random) {
        int days = 0;
        if (code.equals("FABRIC_SHIPPED")) {
            days += fabricLate / 2;
        }
        if (code.equals("FABRIC_IN_HOUSE")) {
            days += fabricLate - fabricLate / 2;
        }
        if (code.equals("TRIMS_IN_HOUSE") && random.nextInt(100) < 10) {
            days += 1 + random.nextInt(3);
        }
        if (code.equals("PP_SAMPLE")) {
            days += order.customer.equals(BELLA_MODA) ? (random.nextBoolean() ? 2 + random.nextInt(5) : 0)
                    : random.nextInt(100) < 10 ? 1 + random.nextInt(2) : 0;
        }
        if (order.factoryCode.equals("F-DG") && SLOW_FINISHING.contains(code)) {
            days += switch (code) {
                case "FINISHING" -> 1 + random.nextInt(2);
                case "SEWING_DONE" -> random.nextInt(3);
                default -> random.nextInt(4) == 0 ? 1 : 0;
            };
        }
        if (order.peakSeason && PRODUCTION.contains(code) && random.nextInt(100) < 20) {
            days += 1;
        }
        if (code.equals("ETA") && random.nextInt(100) < 15) {
            days += 2 + random.nextInt(5);
        }
        if (days == 0 && random.nextInt(100) < 1) {
            days = 1;
        }
        return days;
    }

    /** How late the fabric arrives; half of it shows already at shipment, arrival adds the rest. */
    private static int fabricLateDays(String supplier, Random random) {
        if (supplier.equals("S-CZ")) {
            return random.nextInt(100) < 60 ? 3 + random.nextInt(8) : 0;
        }
        return random.nextInt(100) < 12 ? 1 + random.nextInt(2) : 0;
    }

    private static boolean peak(LocalDate date) {
        Month month = date.getMonth();
        return month == Month.AUGUST || month == Month.SEPTEMBER || month == Month.OCTOBER;
    }

    private void writeOrders(List<PastOrder> past) {
        Map<String, Long> factoryIds = ids("select code, id from factory");
        Map<String, Long> customerIds = ids("select name, id from customer");
        jdbc.batchUpdate("insert into orders (order_no, customer_id, style, product_type, quantity, unit_price, due_date,"
                + " factory_id, merchandiser, business_owner, template_code, plan_kept_percent, status, stage, plan_stage,"
                + " forecast_delivery_date, delay_days, request_fingerprint, cancel_reason, credit_check, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 100, ?, ?, ?, ?, ?, ?, ?, 'PASSED', ?, ?, 0)",
                past.stream().map(o -> {
                    LocalDate last = o.actual.values().stream().max(LocalDate::compareTo).orElseThrow();
                    String stage = o.cancelled() ? lastStage(o) : "LOGISTICS";
                    return new Object[] {o.orderNo, customerIds.get(o.customer),
                            STYLES[Arrays.asList(PRODUCT_TYPES).indexOf(o.productType)] + " " + o.orderNo.substring(4),
                            o.productType, o.quantity, 12 + o.quantity % 7, o.dueDate, factoryIds.get(o.factoryCode),
                            o.merchandiser, "owner", o.templateCode, o.cancelled() ? "CANCELLED" : "DELIVERED", stage,
                            stage, o.cancelled() ? null : o.actual.get("EX_FACTORY"), o.deliveryDelay(),
                            "demo-history-" + o.orderNo, o.cancelReason, at(o.actual.get("ORDER_CONFIRMED"), 9),
                            at(last.plusDays(o.cancelled() ? 1 : 0), 17)};
                }).toList());
        Map<String, Long> orderIds = ids("select order_no, id from orders where order_no like '" + ORDER_PREFIX + "%'");
        past.forEach(o -> o.id = orderIds.get(o.orderNo));
    }

    private String lastStage(PastOrder o) {
        return stages.getOrDefault(o.templateCode + "|" + o.actual.keySet().stream().reduce((a, b) -> b).orElseThrow(),
                "DESIGN");
    }

    private void writeMaterials(List<PastOrder> past) {
        Map<String, Long> supplierIds = ids("select code, id from supplier");
        List<Object[]> rows = new ArrayList<>();
        for (PastOrder o : past) {
            rows.add(material(o, 1, "FABRIC", DemoData.FABRIC, o.fabricSupplier, "m", "FABRIC", supplierIds));
            rows.add(material(o, 2, "TRIMS", DemoData.TRIMS, o.trimsSupplier, "pcs", "TRIMS", supplierIds));
        }
        jdbc.batchUpdate("insert into material_line (order_id, line_no, kind, description, supplier_id, quantity, unit,"
                + " po_due_date, shipped_date, eta, arrival_date, needed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private static Object[] material(PastOrder o, int lineNo, String kind, String description, String supplier,
            String unit, String prefix, Map<String, Long> supplierIds) {
        LocalDate arrived = o.actual.get(prefix + "_IN_HOUSE");
        LocalDate shipped = o.actual.containsKey(prefix + "_SHIPPED") ? o.actual.get(prefix + "_SHIPPED")
                : arrived == null ? null : arrived.minusDays(3);
        return new Object[] {o.id, lineNo, kind, description, supplierIds.get(supplier), o.quantity * (lineNo == 1 ? 2 : 6),
                unit, o.planned.get(prefix + "_IN_HOUSE").minusDays(5), shipped, arrived, arrived,
                o.planned.get(prefix + "_IN_HOUSE")};
    }

    private void writeMilestones(List<PastOrder> past, Map<String, List<PlanStep>> templates) {
        List<Object[]> rows = new ArrayList<>();
        for (PastOrder o : past) {
            int carried = 0;
            for (PlanStep step : templates.get(o.productType)) {
                LocalDate planned = o.planned.get(step.code);
                LocalDate actual = o.actual.get(step.code);
                if (actual != null) {
                    carried = o.slip(step.code);
                }
                rows.add(new Object[] {o.id, step.seq, step.code, step.nameZh, step.nameEn, step.stage, step.ownerRole,
                        step.dependsOn, step.deliveryMilestone, step.onFactoryCalendar, planned,
                        actual != null ? actual : planned.plusDays(carried), actual,
                        step.code.equals("FABRIC_IN_HOUSE") ? actual : null});
            }
        }
        jdbc.batchUpdate("insert into milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on,"
                + " delivery_milestone, on_factory_calendar, planned_date, forecast_date, actual_date, material_date)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private Map<String, List<PlanStep>> standardTemplates() {
        Map<String, List<PlanStep>> byType = new LinkedHashMap<>();
        jdbc.query("select t.code as template_code, t.product_type, m.seq, m.code, m.name_zh, m.name_en, m.stage,"
                + " m.owner_role, m.offset_days, m.depends_on, m.delivery_milestone, m.on_factory_calendar"
                + " from template_milestone m join milestone_template t on t.id = m.template_id"
                + " where t.code like '%_STANDARD' order by t.code, m.seq", rs -> {
                    PlanStep step = new PlanStep(rs.getString("template_code"), rs.getInt("seq"), rs.getString("code"),
                            rs.getString("name_zh"), rs.getString("name_en"), rs.getString("stage"),
                            rs.getString("owner_role"), rs.getInt("offset_days"), rs.getString("depends_on"),
                            rs.getBoolean("delivery_milestone"), rs.getBoolean("on_factory_calendar"));
                    byType.computeIfAbsent(rs.getString("product_type"), t -> new ArrayList<>()).add(step);
                    stages.put(step.templateCode + "|" + step.code, step.stage);
                });
        return byType;
    }

    private Map<String, Long> ids(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    /** A day at an hour of the company's clock, as the UTC wall time Hibernate stores instants in. */
    LocalDateTime at(LocalDate day, int hour) {
        return DemoHistoryAlerts.utc(day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant());
    }

    private record PlanStep(String templateCode, int seq, String code, String nameZh, String nameEn, String stage,
            String ownerRole, int offsetDays, String dependsOn, boolean deliveryMilestone, boolean onFactoryCalendar) {

        List<String> predecessors() {
            return dependsOn == null || dependsOn.isBlank() ? List.of()
                    : Arrays.stream(dependsOn.split(",")).map(String::trim).toList();
        }
    }
}
