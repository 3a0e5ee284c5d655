package com.threadline.diagnosis;

import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where orders wait: for each milestone (step) and factory, how long the step took on average after its
 * predecessors were done, against what the plans allowed (the template's gap, as each plan applied it), over the
 * steps finished in a window of days. One aggregate over the ledger's day sums (a few thousand rows for 90 days).
 */
@Service
@Transactional(readOnly = true)
public class Bottlenecks {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_ORDERS = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Bottlenecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A milestone row of the heat map. */
    public record StepRow(String code, String name) {
    }

    public record FactoryColumn(long id, String code, String name) {
    }

    /** One cell: steps finished, mean days taken and allowed, mean hours over the norm, and how many overran. */
    public record Cell(String code, long factoryId, long steps, double meanTookDays, double meanNormDays,
            double excessHours, long overran) {
    }

    public record HeatMap(LocalDate from, LocalDate to, List<StepRow> steps, List<FactoryColumn> factories,
            List<Cell> cells, List<Cell> bottlenecks) {
    }

    public record AffectedOrder(String orderNo, String style, LocalDate finishedOn, int tookDays, int normDays) {
    }

    /** {@code from}, {@code to}: days the steps were finished on, inclusive; default the last 90 days. */
    public HeatMap heatMap(LocalDate from, LocalDate to) {
        Window window = window(from, to);
        List<Cell> cells = new ArrayList<>();
        jdbc.query("SELECT milestone_code, factory_id, SUM(steps), SUM(took_sum), SUM(norm_sum), SUM(overran) "
                + "FROM milestone_dwell_day WHERE finished_on >= ? AND finished_on <= ? "
                + "GROUP BY milestone_code, factory_id HAVING SUM(steps) > 0", row -> {
                    long steps = row.getLong(3);
                    double took = row.getLong(4) / (double) steps;
                    double norm = row.getLong(5) / (double) steps;
                    cells.add(new Cell(row.getString(1), row.getLong(2), steps, round(took), round(norm),
                            round((took - norm) * 24), row.getLong(6)));
                }, window.from(), window.to());
        Map<String, StepRow> names = new LinkedHashMap<>();
        jdbc.query("SELECT code, MIN(seq), MIN(name_zh) FROM template_milestone GROUP BY code ORDER BY MIN(seq), code",
                row -> { names.put(row.getString(1), new StepRow(row.getString(1), row.getString(3))); });
        Map<Long, FactoryColumn> factories = new HashMap<>();
        jdbc.query("SELECT id, code, name FROM factory", row -> {
            factories.put(row.getLong(1), new FactoryColumn(row.getLong(1), row.getString(2), row.getString(3)));
        });
        List<StepRow> rows = names.values().stream()
                .filter(step -> cells.stream().anyMatch(c -> c.code().equals(step.code()))).toList();
        List<FactoryColumn> columns = cells.stream().map(Cell::factoryId).distinct().map(factories::get)
                .sorted(Comparator.comparing(FactoryColumn::code)).toList();
        List<Cell> bottlenecks = cells.stream().filter(c -> c.excessHours() > 0)
                .sorted(Comparator.comparingDouble(Cell::excessHours).reversed()
                        .thenComparing(Cell::code).thenComparingLong(Cell::factoryId))
                .toList();
        return new HeatMap(window.from(), window.to(), rows, columns, cells, bottlenecks);
    }

    /** The orders behind one cell, those that overran most first. */
    public List<AffectedOrder> orders(String code, long factoryId, LocalDate from, LocalDate to) {
        if (code == null || code.isBlank()) {
            throw InvalidRequestException.of("milestone", "须填写 / is required");
        }
        Window window = window(from, to);
        return jdbc.query("SELECT o.order_no, o.style, d.finished_on, d.took_days, d.norm_days FROM milestone_dwell d "
                + "JOIN orders o ON o.id = d.order_id WHERE d.milestone_code = ? AND d.factory_id = ? "
                + "AND d.finished_on >= ? AND d.finished_on <= ? "
                + "ORDER BY d.took_days - d.norm_days DESC, o.order_no LIMIT " + MAX_ORDERS,
                (row, n) -> new AffectedOrder(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getInt(4), row.getInt(5)),
                code, factoryId, window.from(), window.to());
    }

    private Window window(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) {
            throw InvalidRequestException.of("from", "不能晚于结束日 / must not be after to");
        }
        return new Window(start, end);
    }

    private record Window(LocalDate from, LocalDate to) {
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
