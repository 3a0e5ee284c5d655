package com.threadline.diagnosis;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Adds to a day's sums of {@code milestone_dwell_day} in one statement that inserts the row when the day is new.
 * Updating first and inserting when nothing was there deadlocked on MySQL: transactions that all found the new row
 * inserted by another each held a shared lock on it and then each waited for the others to update it.
 */
@Component
class DwellDaySums {

    /** MySQL and MariaDB: the duplicate key takes the row's exclusive lock at once. */
    private static final String MYSQL = "INSERT INTO milestone_dwell_day (finished_on, milestone_code, factory_id, "
            + "steps, took_sum, norm_sum, overran) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
            + "steps = steps + ?, took_sum = took_sum + ?, norm_sum = norm_sum + ?, overran = overran + ?";

    private static final String STANDARD = "MERGE INTO milestone_dwell_day d USING (VALUES (CAST(? AS DATE), "
            + "CAST(? AS VARCHAR(32)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), "
            + "CAST(? AS INT))) s (finished_on, milestone_code, factory_id, steps, took_sum, norm_sum, overran) "
            + "ON d.finished_on = s.finished_on AND d.milestone_code = s.milestone_code AND d.factory_id = s.factory_id "
            + "WHEN MATCHED THEN UPDATE SET steps = d.steps + s.steps, took_sum = d.took_sum + s.took_sum, "
            + "norm_sum = d.norm_sum + s.norm_sum, overran = d.overran + s.overran "
            + "WHEN NOT MATCHED THEN INSERT (finished_on, milestone_code, factory_id, steps, took_sum, norm_sum, "
            + "overran) VALUES (s.finished_on, s.milestone_code, s.factory_id, s.steps, s.took_sum, s.norm_sum, "
            + "s.overran)";

    private final JdbcTemplate jdbc;
    private final boolean mysql;

    DwellDaySums(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.mysql = product.startsWith("MySQL") || product.startsWith("MariaDB");
    }

    /** Steps, days taken, days allowed and overran, added to (or, when negative, taken from) one day's row. */
    void add(LocalDate day, String code, long factoryId, int[] sums) {
        if (mysql) {
            jdbc.update(MYSQL, day, code, factoryId, sums[0], sums[1], sums[2], sums[3], sums[0], sums[1], sums[2],
                    sums[3]);
            return;
        }
        Object[] args = {day, code, factoryId, sums[0], sums[1], sums[2], sums[3]};
        try {
            jdbc.update(STANDARD, args);
        } catch (DuplicateKeyException anotherTransactionInsertedTheDayFirst) {
            jdbc.update(STANDARD, args);
        }
    }
}
