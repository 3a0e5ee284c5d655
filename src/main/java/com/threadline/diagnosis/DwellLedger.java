package com.threadline.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code milestone_dwell} in step with the plans: for each done milestone whose predecessors are done, how long
 * it took and what its plan allowed; and their sums per day, milestone and factory ({@code milestone_dwell_day}),
 * which the bottleneck heat map aggregates. A cell's orders are read from the rows themselves.
 */
@Component
public class DwellLedger {

    private final JdbcTemplate jdbc;
    private final OrderDiagnosis diagnosis;
    private final DwellDaySums daySums;

    DwellLedger(JdbcTemplate jdbc, OrderDiagnosis diagnosis, DwellDaySums daySums) {
        this.jdbc = jdbc;
        this.diagnosis = diagnosis;
        this.daySums = daySums;
    }

    /**
     * Brings the rows of these orders (those that exist) in line with their milestones as they are now, writing only
     * the steps that changed (most plan changes move forecasts, not finished steps), and moves the day sums by the
     * difference. Each order's row is found and locked first, by its id, so two changes of one order are
     * recorded one after the other; the day sums of all the orders are moved together at the end, in key order, so
     * that transactions recording several orders lock the day rows they share in the same order.
     */
    @Transactional
    public void record(Collection<String> orderNos) {
        Map<DayKey, int[]> change = new TreeMap<>();
        for (String orderNo : orderNos) {
            // locked by id, not by number: the change's flush has already locked the order's row by id, and a lock
            // taken through the order-number index as well waits on a request that holds that index entry (an
            // input locking its order by number) while that request waits on the row: InnoDB's deadlock
            for (Long id : jdbc.queryForList("SELECT id FROM orders WHERE order_no = ?", Long.class, orderNo)) {
                long factoryId = jdbc.queryForObject("SELECT factory_id FROM orders WHERE id = ? FOR UPDATE",
                        Long.class, id);
                bringInLine(id, factoryId, change);
            }
        }
        addToDays(change);
    }

    /** Adds the moves of the order's day sums to {@code change}. */
    private void bringInLine(long orderId, long factoryId, Map<DayKey, int[]> change) {
        Map<Long, Dwell> before = new HashMap<>();
        jdbc.query("SELECT milestone_id, finished_on, milestone_code, factory_id, took_days, norm_days "
                + "FROM milestone_dwell WHERE order_id = ?", row -> {
                    before.put(row.getLong(1), new Dwell(row.getObject(2, LocalDate.class), row.getString(3),
                            row.getLong(4), row.getInt(5), row.getInt(6)));
                }, orderId);
        Map<Long, Dwell> after = now(orderId, factoryId);
        List<Object[]> gone = new ArrayList<>();
        before.forEach((milestoneId, dwell) -> {
            if (!dwell.equals(after.get(milestoneId))) {
                gone.add(new Object[] {milestoneId});
                add(change, dwell.day(), dwell.tookDays(), dwell.normDays(), -1);
            }
        });
        List<Object[]> added = new ArrayList<>();
        after.forEach((milestoneId, dwell) -> {
            if (!dwell.equals(before.get(milestoneId))) {
                added.add(new Object[] {milestoneId, orderId, dwell.factoryId(), dwell.code(), dwell.finishedOn(),
                        dwell.tookDays(), dwell.normDays()});
                add(change, dwell.day(), dwell.tookDays(), dwell.normDays(), 1);
            }
        });
        if (!gone.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM milestone_dwell WHERE milestone_id = ?", gone);
        }
        if (!added.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO milestone_dwell (milestone_id, order_id, factory_id, milestone_code, "
                    + "finished_on, took_days, norm_days) VALUES (?, ?, ?, ?, ?, ?, ?)", added);
        }
    }

    private void addToDays(Map<DayKey, int[]> change) {
        change.forEach((key, sums) -> {
            if (sums[0] != 0 || sums[1] != 0 || sums[2] != 0 || sums[3] != 0) {
                daySums.add(key.day(), key.code(), key.factoryId(), sums);
            }
        });
    }

    /** The finished steps of an order as its milestones say now, by milestone id. */
    private Map<Long, Dwell> now(long orderId, long factoryId) {
        Map<Long, Step> steps = diagnosis.stepsByMilestoneId(orderId);
        Map<String, StepDwell> dwell = StepDwell.finished(List.copyOf(steps.values()));
        Map<Long, Dwell> rows = new HashMap<>();
        steps.forEach((milestoneId, step) -> {
            StepDwell d = dwell.get(step.code());
            if (d != null) {
                rows.put(milestoneId, new Dwell(step.actual(), step.code(), factoryId, (int) d.tookDays(),
                        (int) d.normDays()));
            }
        });
        return rows;
    }

    /** One finished step's row: the day it finished, how long it took and what the plan allowed. */
    private record Dwell(LocalDate finishedOn, String code, long factoryId, int tookDays, int normDays) {

        DayKey day() {
            return new DayKey(finishedOn, code, factoryId);
        }
    }

    /** A day sum's key; ordered, so that every transaction locks the day rows it changes in the same order. */
    private record DayKey(LocalDate day, String code, long factoryId) implements Comparable<DayKey> {

        @Override
        public int compareTo(DayKey other) {
            return Comparator.comparing(DayKey::day).thenComparing(DayKey::code)
                    .thenComparingLong(DayKey::factoryId).compare(this, other);
        }
    }

    /** {@code sign} 1 adds a step, -1 takes one away: steps, days taken, days allowed, overran. */
    private static void add(Map<DayKey, int[]> change, DayKey key, int took, int norm, int sign) {
        int[] sums = change.computeIfAbsent(key, k -> new int[4]);
        sums[0] += sign;
        sums[1] += sign * took;
        sums[2] += sign * norm;
        sums[3] += took > norm ? sign : 0;
    }

    /** Orders with done milestones but no rows yet (written before this ledger, or by a bulk load). */
    List<String> missing() {
        return jdbc.queryForList("SELECT o.order_no FROM orders o WHERE NOT EXISTS (SELECT 1 FROM milestone_dwell d "
                + "WHERE d.order_id = o.id) AND EXISTS (SELECT 1 FROM milestone m WHERE m.order_id = o.id "
                + "AND m.actual_date IS NOT NULL AND m.depends_on IS NOT NULL)", String.class);
    }
}
