package com.threadline.capacity;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The factories' daily sewing capacity and the company's capacity settings, as stored. */
@Repository
class CapacityStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CapacityStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CapacitySettings settings() {
        return jdbc.queryForObject("""
                select default_daily_pieces, overtime_cost_per_piece, overtime_max_percent, outsource_cost_per_piece,
                       finishing_days from capacity_settings where id = 1""",
                (rs, i) -> new CapacitySettings(rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getInt(5)));
    }

    void change(CapacitySettings settings) {
        jdbc.update("""
                update capacity_settings set default_daily_pieces = ?, overtime_cost_per_piece = ?,
                       overtime_max_percent = ?, outsource_cost_per_piece = ?, finishing_days = ? where id = 1""",
                settings.defaultDailyPieces(), settings.overtimeCostPerPiece(), settings.overtimeMaxPercent(),
                settings.outsourceCostPerPiece(), settings.finishingDays());
    }

    /** The daily pieces of each factory that has its own figure. */
    Map<Long, Integer> dailyPieces() {
        Map<Long, Integer> pieces = new HashMap<>();
        jdbc.query("select factory_id, daily_pieces from factory_capacity",
                rs -> {
                    pieces.put(rs.getLong(1), rs.getInt(2));
                });
        return pieces;
    }

    void setDailyPieces(long factoryId, int dailyPieces, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.update("update factory_capacity set daily_pieces = ?, updated_by = ?, updated_at = ?"
                + " where factory_id = ?", dailyPieces, by, now, factoryId);
        if (changed == 0) {
            jdbc.update("insert into factory_capacity (factory_id, daily_pieces, updated_by, updated_at)"
                    + " values (?, ?, ?, ?)", factoryId, dailyPieces, by, now);
        }
    }
}
