package com.threadline.capacity;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every open order's sewing not yet done, with one query: the board and the simulation read thousands at once. */
@Repository
class OpenSewingQuery {

    private static final String SELECT = """
            select o.order_no, o.factory_id, c.name, o.merchandiser, o.quantity,
                   (select coalesce(sum(p.quantity), 0) from production_output p
                     where p.order_id = o.id and p.stage = 'SEWING') as sewn,
                   coalesce(s.actual_date, s.forecast_date), d.forecast_date, o.due_date
              from orders o
              join customer c on c.id = o.customer_id
              join milestone s on s.order_id = o.id and s.code = 'SEWING_START'
              join milestone d on d.order_id = o.id and d.code = 'SEWING_DONE'
             where o.status = 'OPEN' and d.actual_date is null""";

    private final JdbcTemplate jdbc;

    OpenSewingQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenSewing> all() {
        return jdbc.query(SELECT, (rs, i) -> new OpenSewing(rs.getString(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                rs.getDate(9).toLocalDate()));
    }
}
