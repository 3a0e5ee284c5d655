package com.threadline.analytics;

import com.threadline.access.DisplayNames;
import com.threadline.analytics.DashboardFilter.Sql;
import com.threadline.analytics.DashboardViews.OrderRow;
import com.threadline.analytics.DashboardViews.Orders;
import com.threadline.plan.Stage;
import com.threadline.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orders behind one figure of the dashboard, selected by the same conditions the figure counted with, so the
 * list is as long as the figure says. {@code figure} names the chart, {@code key} the bar or point (a stage, a
 * factory or supplier code, a customer's name, a grade, a week's Monday) and {@code series} which of its counts.
 */
@Component
class DashboardOrders {

    static final int LIMIT = 200;
    private static final Set<String> FIGURES = Set.of("delivered", "open", "stage", "factory", "supplier", "customer",
            "grade", "cycle", "week");

    private final JdbcTemplate jdbc;
    private final DisplayNames displayNames;

    DashboardOrders(JdbcTemplate jdbc, DisplayNames displayNames) {
        this.jdbc = jdbc;
        this.displayNames = displayNames;
    }

    Orders behind(DashboardFilter filter, String figure, String key, String series) {
        Sql where = selection(filter, figure == null ? "" : figure, key, series == null ? "all" : series);
        long total = jdbc.queryForObject("select count(*) from orders o where 1 = 1" + where.where(), Long.class,
                where.array());
        List<OrderRow> rows = jdbc.query("select o.order_no, c.name, f.name, o.merchandiser, o.status, o.stage,"
                + " o.due_date, o.forecast_delivery_date, o.delay_days from orders o"
                + " join customer c on c.id = o.customer_id join factory f on f.id = o.factory_id where 1 = 1"
                + where.where() + " order by o.due_date, o.order_no limit " + LIMIT, (rs, n) -> new OrderRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7).toLocalDate(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getInt(9)), where.array());
        Map<String, String> names = displayNames.of(rows.stream().map(OrderRow::merchandiser).distinct().toList());
        return new Orders(total, rows.stream().map(r -> new OrderRow(r.orderNo(), r.customer(), r.factoryName(),
                names.getOrDefault(r.merchandiser(), r.merchandiser()), r.status(), r.stage(), r.dueDate(),
                r.forecastDeliveryDate(), r.delayDays())).toList());
    }

    private static Sql selection(DashboardFilter filter, String figure, String key, String series) {
        if (!FIGURES.contains(figure)) {
            throw InvalidRequestException.of("figure", "不认识的图表：" + figure);
        }
        boolean open = series.startsWith("open") || figure.equals("open") || figure.equals("stage");
        Sql where = open ? filter.open() : filter.delivered();
        if (series.equals("late") || series.endsWith("Late")) {
            where = where.and("o.delay_days > 0");
        } else if (series.equals("onTime")) {
            where = where.and("o.delay_days = 0");
        }
        return switch (figure) {
            case "stage" -> where.and("o.stage = ?", stage(key));
            case "factory", "cycle" -> where.and("o.factory_id in (select f.id from factory f where f.code = ?)",
                    required(key));
            case "supplier" -> where.and("o.id in (select ml.order_id from material_line ml join supplier s"
                    + " on s.id = ml.supplier_id where s.code = ?)", required(key));
            case "customer" -> where.and("o.customer_id in (select c.id from customer c where c.name = ?)",
                    required(key));
            case "grade" -> filter.orders().and("o.id in (select e.order_id from order_exception e where e.priority = ?"
                    + " and e.detected_at >= ? and e.detected_at < ?)", required(key), filter.detectedFrom(),
                    filter.detectedBefore());
            case "week" -> {
                LocalDate monday = day(key);
                yield series.equals("exceptions")
                        ? filter.orders().and("o.id in (select e.order_id from order_exception e where"
                                + " e.detected_at >= ? and e.detected_at < ? and cast(e.detected_at as date) >= ?"
                                + " and cast(e.detected_at as date) <= ?)", filter.detectedFrom(),
                                filter.detectedBefore(), monday, monday.plusDays(6))
                        : where.and("o.due_date >= ? and o.due_date <= ?", monday, monday.plusDays(6));
            }
            default -> where;
        };
    }

    private static String stage(String key) {
        try {
            return Stage.valueOf(required(key)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("key", "不认识的阶段：" + key);
        }
    }

    private static LocalDate day(String key) {
        try {
            return LocalDate.parse(required(key));
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("key", "需要日期（yyyy-MM-dd）：" + key);
        }
    }

    private static String required(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidRequestException.of("key", "必填");
        }
        return key.strip();
    }
}
