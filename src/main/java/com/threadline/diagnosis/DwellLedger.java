package com.threadline.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code milestone_dwell} in step with the plans: for each done milestone whose predecessors are done, how long
 * it took and what its plan allowed. The bottleneck heat map aggregates these rows.
 */
@Component
public class DwellLedger {

    private final JdbcTemplate jdbc;
    private final OrderDiagnosis diagnosis;

    DwellLedger(JdbcTemplate jdbc, OrderDiagnosis diagnosis) {
        this.jdbc = jdbc;
        this.diagnosis = diagnosis;
    }

    /** Rewrites the rows of one order from its milestones as they are now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long orderId) {
        List<Long> factory = jdbc.queryForList("SELECT factory_id FROM orders WHERE id = ?", Long.class, orderId);
        jdbc.update("DELETE FROM milestone_dwell WHERE order_id = ?", orderId);
        if (factory.isEmpty()) {
            return;
        }
        List<Step> steps = diagnosis.steps(orderId);
        Map<String, StepDwell> dwell = StepDwell.finished(steps);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, code FROM milestone WHERE order_id = ?",
                row -> { ids.put(row.getString(2), row.getLong(1)); }, orderId);
        List<Object[]> rows = new ArrayList<>();
        for (Step step : steps) {
            StepDwell d = dwell.get(step.code());
            if (d != null) {
                rows.add(new Object[] {ids.get(step.code()), orderId, factory.get(0), step.code(), step.actual(),
                        d.tookDays(), d.normDays()});
            }
        }
        jdbc.batchUpdate("INSERT INTO milestone_dwell (milestone_id, order_id, factory_id, milestone_code, "
                + "finished_on, took_days, norm_days) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Orders with done milestones but no rows yet (written before this ledger, or by a bulk load). */
    List<Long> missing() {
        return jdbc.queryForList("SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM milestone_dwell d "
                + "WHERE d.order_id = o.id) AND EXISTS (SELECT 1 FROM milestone m WHERE m.order_id = o.id "
                + "AND m.actual_date IS NOT NULL AND m.depends_on IS NOT NULL)", Long.class);
    }
}
