package com.threadline.buyer;

import com.threadline.portal.PhotosForBuyers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a buyer may see of their orders: style, quantity, the dates of the steps the template shows buyers, a plain
 * status and the photos the company showed them. Read straight from the tables with a fixed list of columns, so
 * nothing else (prices, factories, suppliers, exceptions, other customers) can slip into the answer.
 */
@Service
class BuyerOrders {

    /** A step forecast this many days past its date, or any step whose date passed undone, is late. */
    private static final int LATE_AFTER_DAYS = 3;

    /** Orders a buyer sees at all; a cancelled one is gone for them. */
    private static final String SHOWN = "o.status <> 'CANCELLED'";

    static final int PAGE_SIZE = 20;

    private final JdbcTemplate jdbc;
    private final PhotosForBuyers photos;
    private final Clock clock;

    BuyerOrders(JdbcTemplate jdbc, PhotosForBuyers photos, Clock clock) {
        this.jdbc = jdbc;
        this.photos = photos;
        this.clock = clock;
    }

    enum Status { DONE, ON_TIME, AT_RISK, LATE }

    record Step(String code, String nameEn, String nameZh, LocalDate plannedDate, LocalDate forecastDate,
            LocalDate actualDate, Status status) {
    }

    record BuyerOrder(String orderNo, String style, int quantity, LocalDate dueDate, LocalDate forecastDate,
            String state, Status status, List<Step> steps, List<Photo> photos) {
    }

    /** One page of the orders a buyer sees, and whether there are more after it. */
    record Page(List<BuyerOrder> orders, boolean more) {
    }

    /** A photo the company showed the buyer, with its small copy ({@code thumbnailUrl}) for the timeline. */
    record Photo(String url, String thumbnailUrl) {
    }

    /**
     * The customer's orders, or only {@code orderId} of them when it is not null; newest due date first, a page of
     * {@link #PAGE_SIZE}.
     */
    Page of(long customerId, Long orderId, int page) {
        String oneOrder = orderId == null ? "" : " AND o.id = ?";
        List<Object> args = new ArrayList<>(List.of(customerId));
        if (orderId != null) {
            args.add(orderId);
        }
        args.add(PAGE_SIZE + 1);
        args.add((long) page * PAGE_SIZE);
        List<BuyerOrder> found = orders("o.customer_id = ?" + oneOrder
                + " ORDER BY o.due_date DESC, o.order_no DESC LIMIT ? OFFSET ?", args.toArray());
        return new Page(found.subList(0, Math.min(found.size(), PAGE_SIZE)), found.size() > PAGE_SIZE);
    }

    /** The order of that number if the buyer sees it. */
    Optional<BuyerOrder> one(long customerId, Long orderId, String orderNo) {
        String oneOrder = orderId == null ? "" : " AND o.id = ?";
        Object[] args = orderId == null ? new Object[] {orderNo, customerId}
                : new Object[] {orderNo, customerId, orderId};
        return orders("o.order_no = ? AND o.customer_id = ?" + oneOrder, args).stream().findFirst();
    }

    /** Whether the buyer sees that order (by id). */
    boolean sees(long customerId, Long sharedOrderId, long orderId) {
        return (sharedOrderId == null || sharedOrderId == orderId) && jdbc.queryForObject(
                "SELECT COUNT(*) FROM orders o WHERE o.id = ? AND o.customer_id = ? AND " + SHOWN, Integer.class,
                orderId, customerId) == 1;
    }

    private List<BuyerOrder> orders(String where, Object... args) {
        Map<Long, Object[]> orders = new LinkedHashMap<>();
        jdbc.query("SELECT o.id, o.order_no, o.style, o.quantity, o.due_date, o.forecast_delivery_date, o.status "
                + "FROM orders o WHERE " + SHOWN + " AND " + where, rs -> {
                    orders.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)});
                }, args);
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Step>> steps = stepsOf(orders.keySet());
        Map<Long, List<Photo>> photos = new HashMap<>();
        for (PhotosForBuyers.Shown shown : this.photos.ofOrders(orders.keySet())) {
            String url = "/api/buyer/photos/" + shown.id();
            photos.computeIfAbsent(shown.orderId(), id -> new ArrayList<>())
                    .add(new Photo(url, shown.thumbnail() ? url + "/thumbnail" : url));
        }
        List<BuyerOrder> result = new ArrayList<>();
        orders.forEach((id, o) -> {
            List<Step> shown = steps.getOrDefault(id, List.of());
            Status worst = shown.stream().map(Step::status).filter(s -> s != Status.DONE)
                    .max(Comparator.naturalOrder()).orElse(Status.DONE);
            result.add(new BuyerOrder((String) o[0], (String) o[1], (int) o[2], (LocalDate) o[3], (LocalDate) o[4],
                    (String) o[5], worst, shown, photos.getOrDefault(id, List.of())));
        });
        return result;
    }

    private Map<Long, List<Step>> stepsOf(Collection<Long> orderIds) {
        Map<Long, List<Step>> steps = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        jdbc.query("SELECT m.order_id, m.code, m.name_en, m.name_zh, m.planned_date, m.forecast_date, m.actual_date "
                + "FROM milestone m JOIN orders o ON o.id = m.order_id "
                + "JOIN milestone_template t ON t.code = o.template_code "
                + "JOIN template_milestone tm ON tm.template_id = t.id AND tm.code = m.code "
                + "WHERE tm.buyer_visible = TRUE AND m.order_id IN ("
                + String.join(", ", Collections.nCopies(orderIds.size(), "?")) + ") ORDER BY m.order_id, m.seq",
                rs -> {
                    LocalDate planned = rs.getObject(5, LocalDate.class);
                    LocalDate forecast = rs.getObject(6, LocalDate.class);
                    LocalDate actual = rs.getObject(7, LocalDate.class);
                    steps.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Step(rs.getString(2),
                            rs.getString(3), rs.getString(4), planned, forecast, actual,
                            status(planned, forecast, actual, today)));
                }, orderIds.toArray());
        return steps;
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
