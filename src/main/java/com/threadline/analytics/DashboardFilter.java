package com.threadline.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's selection, resolved: a customer and a factory by id, a merchandiser by login (each null for all),
 * and the period. The period selects closed orders by due date and exceptions by the time they were detected (as
 * UTC wall times, the way instants are stored); open orders are counted as they stand now, whatever their due date.
 */
record DashboardFilter(Long customerId, Long factoryId, String merchandiser, LocalDate from, LocalDate to,
        LocalDateTime detectedFrom, LocalDateTime detectedBefore) {

    /** The conditions on orders {@code o}, each starting with " and ", and their arguments in order. */
    Sql orders() {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (customerId != null) {
            sql.append(" and o.customer_id = ?");
            args.add(customerId);
        }
        if (factoryId != null) {
            sql.append(" and o.factory_id = ?");
            args.add(factoryId);
        }
        if (merchandiser != null) {
            sql.append(" and o.merchandiser = ?");
            args.add(merchandiser);
        }
        return new Sql(sql.toString(), args);
    }

    /** Closed (delivered) orders due in the period. */
    Sql delivered() {
        return new Sql(" and o.status = 'DELIVERED' and o.due_date >= ? and o.due_date <= ?", List.of(from, to))
                .and(orders());
    }

    /** Orders open now. */
    Sql open() {
        return new Sql(" and o.status = 'OPEN'", List.of()).and(orders());
    }

    /** Exceptions {@code e} of the selected orders detected in the period. */
    Sql exceptions() {
        return new Sql(" and e.detected_at >= ? and e.detected_at < ?", List.of(detectedFrom, detectedBefore))
                .and(orders());
    }

    /** A piece of a where clause and its arguments. */
    record Sql(String where, List<Object> args) {

        Sql and(Sql more) {
            List<Object> all = new ArrayList<>(args);
            all.addAll(more.args);
            return new Sql(where + more.where, all);
        }

        Sql and(String condition, Object... more) {
            return and(new Sql(" and " + condition, List.of(more)));
        }

        Object[] array() {
            return args.toArray();
        }
    }
}
