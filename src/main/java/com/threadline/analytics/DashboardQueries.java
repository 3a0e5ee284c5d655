package com.threadline.analytics;

import com.threadline.analytics.DashboardFilter.Sql;
import com.threadline.analytics.DashboardViews.CycleTime;
import com.threadline.analytics.DashboardViews.Delivery;
import com.threadline.analytics.DashboardViews.FactoryCycle;
import com.threadline.analytics.DashboardViews.GradeTimes;
import com.threadline.analytics.DashboardViews.LateGroup;
import com.threadline.analytics.DashboardViews.LateOrders;
import com.threadline.analytics.DashboardViews.Period;
import com.threadline.analytics.DashboardViews.StageCount;
import com.threadline.analytics.DashboardViews.Week;
import com.threadline.plan.Stage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures, each one aggregate query over orders (and their material lines or exceptions) that the
 * database answers with a handful of rows; never the milestones. Percentiles come from a histogram the database
 * counts ({@link Histogram}). An order is late when its delay is above zero: for a closed order the days its
 * ex-factory came after its due date, for an open one the days the plan's forecast now comes after it.
 */
@Component
class DashboardQueries {

    static final String LATE = "case when o.delay_days > 0 then 1 else 0 end";
    private static final Map<String, Long[]> DEADLINES = Map.of("P0", new Long[] {30L, 120L},
            "P1", new Long[] {30L, 240L}, "P2", new Long[] {60L, null}, "P3", new Long[] {null, null});

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Delivery delivery(DashboardFilter filter) {
        long[] closed = counts(filter.delivered());
        long[] open = counts(filter.open());
        return new Delivery(new Period(filter.from(), filter.to()), closed[0], closed[0] - closed[1],
                rate(closed[0] - closed[1], closed[0]), open[0], open[0] - open[1], rate(open[0] - open[1], open[0]));
    }

    private long[] counts(Sql where) {
        return jdbc.queryForObject("select count(*), coalesce(sum(" + LATE + "), 0) from orders o where 1 = 1"
                + where.where(), (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, where.array());
    }

    List<StageCount> stages(DashboardFilter filter) {
        Sql where = filter.open();
        Map<String, long[]> byStage = new HashMap<>();
        jdbc.query("select o.stage, count(*), sum(" + LATE + ") from orders o where 1 = 1" + where.where()
                + " group by o.stage", rs -> {
                    byStage.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, where.array());
        List<StageCount> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long[] c = byStage.getOrDefault(stage.name(), new long[2]);
            stages.add(new StageCount(stage.name(), c[0], c[1]));
        }
        return stages;
    }

    LateOrders late(DashboardFilter filter) {
        return new LateOrders(
                lateBy(filter, "f.code", "f.name", "join factory f on f.id = o.factory_id", "f.code, f.name"),
                lateBy(filter, "s.code", "s.name", "join material_line ml on ml.order_id = o.id"
                        + " join supplier s on s.id = ml.supplier_id", "s.code, s.name"),
                lateBy(filter, "c.name", "c.name", "join customer c on c.id = o.customer_id", "c.name"));
    }

    /** Closed and open orders per group; an order with two lines from one supplier counts once. */
    private List<LateGroup> lateBy(DashboardFilter filter, String key, String name, String join, String groupBy) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        List<Sql> parts = List.of(filter.delivered(), filter.open());
        for (int part = 0; part < parts.size(); part++) {
            Sql where = parts.get(part);
            int at = part * 2;
            jdbc.query("select " + key + ", " + name + ", count(distinct o.id), count(distinct case when o.delay_days > 0"
                    + " then o.id end) from orders o " + join + " where 1 = 1" + where.where() + " group by " + groupBy,
                    rs -> {
                        long[] c = counts.computeIfAbsent(rs.getString(1), k -> new long[4]);
                        c[at] = rs.getLong(3);
                        c[at + 1] = rs.getLong(4);
                        names.put(rs.getString(1), rs.getString(2));
                    }, where.array());
        }
        return counts.entrySet().stream()
                .map(e -> new LateGroup(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted((a, b) -> Long.compare(b.closedLate() + b.openLate(), a.closedLate() + a.openLate()))
                .toList();
    }

    List<GradeTimes> exceptions(DashboardFilter filter) {
        Sql where = filter.exceptions();
        String from = " from order_exception e join orders o on o.id = e.order_id where 1 = 1" + where.where();
        Map<String, Object[]> totals = new TreeMap<>();
        jdbc.query("select e.priority, count(*), count(e.confirmed_at),"
                + " avg(timestampdiff(SECOND, e.detected_at, e.confirmed_at)),"
                + " sum(case when e.confirmed_at <= e.response_due_at then 1 else 0 end), count(e.plan_submitted_at),"
                + " avg(timestampdiff(SECOND, e.detected_at, e.plan_submitted_at)),"
                + " sum(case when e.plan_submitted_at <= e.plan_due_at then 1 else 0 end)"
                + from + " and e.priority is not null group by e.priority", rs -> {
                    totals.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getLong(3), rs.getObject(4),
                            rs.getLong(5), rs.getLong(6), rs.getObject(7), rs.getLong(8)});
                }, where.array());
        Map<String, Histogram> confirm = minutes(from, "e.confirmed_at", where);
        Map<String, Histogram> plan = minutes(from, "e.plan_submitted_at", where);
        List<GradeTimes> grades = new ArrayList<>();
        for (String priority : List.of("P0", "P1", "P2", "P3")) {
            Object[] t = totals.getOrDefault(priority, new Object[] {0L, 0L, null, 0L, 0L, null, 0L});
            grades.add(new GradeTimes(priority, (long) t[0], (long) t[1], minutesOf(t[2]),
                    confirm.getOrDefault(priority, new Histogram()).percentile(90), DEADLINES.get(priority)[0],
                    (long) t[3], (long) t[4], minutesOf(t[5]), plan.getOrDefault(priority, new Histogram()).percentile(90),
                    DEADLINES.get(priority)[1], (long) t[6]));
        }
        return grades;
    }

    private Map<String, Histogram> minutes(String from, String column, Sql where) {
        Map<String, Histogram> byGrade = new HashMap<>();
        jdbc.query("select e.priority, floor(timestampdiff(SECOND, e.detected_at, " + column + ") / 60) m, count(*)"
                + from + " and e.priority is not null and " + column + " is not null"
                + " group by e.priority, floor(timestampdiff(SECOND, e.detected_at, " + column + ") / 60)", rs -> {
                    byGrade.computeIfAbsent(rs.getString(1), p -> new Histogram()).add(rs.getLong(2), rs.getLong(3));
                }, where.array());
        return byGrade;
    }

    CycleTime cycle(DashboardFilter filter) {
        Sql where = filter.delivered();
        Map<String, Histogram> byFactory = new TreeMap<>();
        Map<String, double[]> sums = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.query("select f.code, f.name, timestampdiff(DAY, cast(o.created_at as date), o.forecast_delivery_date) d,"
                + " count(*) from orders o join factory f on f.id = o.factory_id where o.forecast_delivery_date is not null"
                + where.where() + " group by f.code, f.name,"
                + " timestampdiff(DAY, cast(o.created_at as date), o.forecast_delivery_date)", rs -> {
                    String code = rs.getString(1);
                    names.put(code, rs.getString(2));
                    byFactory.computeIfAbsent(code, c -> new Histogram()).add(rs.getLong(3), rs.getLong(4));
                    double[] s = sums.computeIfAbsent(code, c -> new double[2]);
                    s[0] += rs.getLong(3) * rs.getLong(4);
                    s[1] += rs.getLong(4);
                }, where.array());
        Histogram all = new Histogram();
        double sum = 0;
        List<FactoryCycle> factories = new ArrayList<>();
        for (Map.Entry<String, Histogram> e : byFactory.entrySet()) {
            double[] s = sums.get(e.getKey());
            sum += s[0];
            factories.add(new FactoryCycle(e.getKey(), names.get(e.getKey()), (long) s[1], round(s[0] / s[1]),
                    e.getValue().percentile(90)));
        }
        jdbc.query("select timestampdiff(DAY, cast(o.created_at as date), o.forecast_delivery_date), count(*)"
                + " from orders o where o.forecast_delivery_date is not null" + where.where()
                + " group by timestampdiff(DAY, cast(o.created_at as date), o.forecast_delivery_date)", rs -> {
                    all.add(rs.getLong(1), rs.getLong(2));
                }, where.array());
        return new CycleTime(all.total(), all.total() == 0 ? null : round(sum / all.total()), all.percentile(90),
                factories);
    }

    List<Week> weeks(DashboardFilter filter) {
        TreeMap<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate monday = monday(filter.from()); !monday.isAfter(filter.to()); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new long[3]);
        }
        Sql delivered = filter.delivered();
        jdbc.query("select o.due_date, count(*), sum(" + LATE + ") from orders o where 1 = 1" + delivered.where()
                + " group by o.due_date", rs -> {
                    long[] w = weeks.get(monday(rs.getDate(1).toLocalDate()));
                    w[0] += rs.getLong(2);
                    w[1] += rs.getLong(3);
                }, delivered.array());
        // by the UTC day of detection: a week's count may be off by the few exceptions detected before 8 in the morning
        Sql detected = filter.exceptions();
        jdbc.query("select cast(e.detected_at as date), count(*) from order_exception e join orders o on o.id = e.order_id"
                + " where 1 = 1" + detected.where() + " group by cast(e.detected_at as date)", rs -> {
                    long[] w = weeks.get(monday(rs.getDate(1).toLocalDate()));
                    if (w != null) {
                        w[2] += rs.getLong(2);
                    }
                }, detected.array());
        return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0], e.getValue()[1],
                rate(e.getValue()[0] - e.getValue()[1], e.getValue()[0]), e.getValue()[2])).toList();
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Double minutesOf(Object seconds) {
        return seconds == null ? null : round(((Number) seconds).doubleValue() / 60);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
