package com.threadline.diagnosis;

import com.threadline.exception.ExceptionType;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed exceptions behind one bar of the exception statistics (a type, stage, factory or supplier in a window
 * of closing days), each with its review report: what the analysis page lists when a bar is clicked.
 */
@Service
@Transactional(readOnly = true)
public class ReviewedExceptions {

    static final int MAX = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewedExceptions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Reviewed(long id, String orderNo, String type, String typeLabel, String title, Instant closedAt,
            String review) {
    }

    public List<Reviewed> of(LocalDate from, LocalDate to, String type, String stage, String factory,
            String supplier) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidRequestException.of("from", "不能晚于结束日 / must not be after to");
        }
        StringBuilder sql = new StringBuilder("SELECT id, order_no, type, title, closed_at FROM order_exception "
                + "WHERE status = 'CLOSED'");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND closed_at >= ?");
            args.add(utc(from.atStartOfDay(clock.getZone()).toInstant()));
        }
        if (to != null) {
            sql.append(" AND closed_at < ?");
            args.add(utc(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (type != null && !type.isBlank()) {
            try {
                ExceptionType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of("type", "没有这种异常类型 / no such exception type");
            }
            sql.append(" AND type = ?");
            args.add(type);
        }
        filter(sql, args, "stage", stage);
        filter(sql, args, "factory_code", factory);
        filter(sql, args, "supplier_code", supplier);
        sql.append(" ORDER BY closed_at DESC, id DESC LIMIT " + MAX);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return jdbc.query(sql.toString(), (row, n) -> {
            ExceptionType kind = ExceptionType.valueOf(row.getString(3));
            long id = row.getLong(1);
            return new Reviewed(id, row.getString(2), kind.name(), kind.label(), row.getString(4),
                    row.getTimestamp(5, utc).toInstant(), "/api/exceptions/" + id + "/review.html");
        }, args.toArray());
    }

    /** Timestamps are stored as UTC wall-clock times (Hibernate's jdbc time zone). */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value.trim());
        }
    }
}
