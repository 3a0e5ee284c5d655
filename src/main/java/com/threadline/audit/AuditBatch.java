package com.threadline.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The audit rows of one transaction, all by the same {@link Actor} at the same instant. Hibernate runs
 * {@link #doBeforeTransactionCompletion} after its last flush and before the commit, so the rows go in with the
 * changes they describe or not at all.
 */
final class AuditBatch implements BeforeTransactionCompletionProcess {

    /**
     * Rows per INSERT. One multi-row INSERT is one round trip on any driver; a JDBC batch is one only where the
     * driver rewrites it (MySQL's needs rewriteBatchedStatements).
     */
    static final int ROWS_PER_STATEMENT = 100;
    private static final String INSERT = "INSERT INTO audit_entry "
            + "(order_id, entity_type, entity_id, action, changes, who, client, address, at, change_id) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Actor actor;
    private final Instant at;
    /** What the order's history groups the rows of this transaction by. */
    private final String changeId = UUID.randomUUID().toString();
    private final List<AuditRow> rows = new ArrayList<>();

    AuditBatch(Actor actor, Instant at) {
        this.actor = actor;
        this.at = at;
    }

    void add(AuditRow row) {
        rows.add(row);
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
        if (!rows.isEmpty()) {
            session.doWork(this::insert);
        }
    }

    private void insert(Connection connection) throws SQLException {
        Timestamp timestamp = Timestamp.from(at);
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<AuditRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 0;
                for (AuditRow row : chunk) {
                    insert.setLong(++p, row.orderId());
                    insert.setString(++p, row.entityType());
                    insert.setLong(++p, row.entityId());
                    insert.setString(++p, row.action().name());
                    insert.setString(++p, row.changes());
                    insert.setString(++p, actor.who());
                    insert.setString(++p, actor.client());
                    insert.setString(++p, actor.address());
                    insert.setTimestamp(++p, timestamp, utc);
                    insert.setString(++p, changeId);
                }
                insert.executeUpdate();
            }
        }
    }
}
