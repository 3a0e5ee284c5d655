package com.threadline.buyer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a buyer may see of their orders: style, quantity, the dates of the steps the template shows buyers, and a
 * plain status. Read straight from the tables with a fixed list of columns, so nothing else (prices, factories,
 * suppliers, exceptions, other customers) can slip into the answer.
 */
@Service
class BuyerOrders {

    /** A step forecast this many days past its date, or any step whose date passed undone, is late. */
    private static final int LATE_AFTER_DAYS = 3;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BuyerOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    enum Status { DONE, ON_TIME, AT_RISK, LATE }

    record Step(String code, String nameEn, String nameZh, LocalDate plannedDate, LocalDate forecastDate,
            LocalDate actualDate, Status status) {
    }

    record BuyerOrder(String orderNo, String style, int quantity, LocalDate dueDate, LocalDate forecastDate,
            String state, Status status, List<Step> steps) {
    }

    /** The customer's orders, or only {@code orderId} of them when it is not null; newest due date first. */
    List<BuyerOrder> of(long customerId, Long orderId) {
        String oneOrder = orderId == null ? "" : " AND o.id = ?";
        Object[] args = orderId == null ? new Object[] {customerId} : new Object[] {customerId, orderId};
        Map<Long, Object[]> orders = new LinkedHashMap<>();
        jdbc.query("SELECT o.id, o.order_no, o.style, o.quantity, o.due_date, o.forecast_delivery_date, o.status "
                + "FROM orders o WHERE o.customer_id = ? AND o.status <> 'CANCELLED'" + oneOrder
                + " ORDER BY o.due_date DESC, o.order_no", rs -> {
                    orders.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)});
                }, args);
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        jdbc.query("SELECT m.order_id, m.code, m.name_en, m.name_zh, m.planned_date, m.forecast_date, m.actual_date "
                + "FROM milestone m JOIN orders o ON o.id = m.order_id "
                + "JOIN milestone_template t ON t.code = o.template_code "
                + "JOIN template_milestone tm ON tm.template_id = t.id AND tm.code = m.code "
                + "WHERE o.customer_id = ? AND o.status <> 'CANCELLED' AND tm.buyer_visible = TRUE" + oneOrder
                + " ORDER BY m.order_id, m.seq", rs -> {
                    LocalDate planned = rs.getObject(5, LocalDate.class);
                    LocalDate forecast = rs.getObject(6, LocalDate.class);
                    LocalDate actual = rs.getObject(7, LocalDate.class);
                    steps.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Step(rs.getString(2),
                            rs.getString(3), rs.getString(4), planned, forecast, actual,
                            status(planned, forecast, actual, today)));
                }, args);
        List<BuyerOrder> result = new ArrayList<>();
        orders.forEach((id, o) -> {
            List<Step> shown = steps.getOrDefault(id, List.of());
            Status worst = shown.stream().map(Step::status).filter(s -> s != Status.DONE)
                    .max(Comparator.naturalOrder()).orElse(Status.DONE);
            result.add(new BuyerOrder((String) o[0], (String) o[1], (int) o[2], (LocalDate) o[3], (LocalDate) o[4],
                    (String) o[5], worst, shown));
        });
        return result;
    }

    static Status status(LocalDate planned, LocalDate forecast, LocalDate actual, LocalDate today) {
        if (actual != null) {
            return Status.DONE;
        }
        if (planned.isBefore(today) || ChronoUnit.DAYS.between(planned, forecast) > LATE_AFTER_DAYS) {
            return Status.LATE;
        }
        return forecast.isAfter(planned) ? Status.AT_RISK : Status.ON_TIME;
    }
}
