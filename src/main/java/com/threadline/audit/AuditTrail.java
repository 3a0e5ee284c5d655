package com.threadline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.web.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads an order's audit trail, newest first, optionally of one kind of entity. */
@Service
public class AuditTrail {

    private static final String COLUMNS = "id, at, who, client, address, entity_type, entity_id, action, changes, change_id";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    /** The simple names of the audited entities, the values {@code entity} may take. */
    private final List<String> entities;

    AuditTrail(JdbcTemplate jdbc, ObjectMapper json, EntityManagerFactory persistence) {
        this.jdbc = jdbc;
        this.json = json;
        this.entities = persistence.getMetamodel().getEntities().stream()
                .filter(type -> AuditedByOrder.class.isAssignableFrom(type.getJavaType()))
                .map(EntityType::getName)
                .sorted()
                .toList();
    }

    public PageOf<AuditEntryView> of(long orderId, String entity, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > PageOf.MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + PageOf.MAX_SIZE));
        }
        if (entity != null && !entities.contains(entity)) {
            problems.add(new FieldProblem("entity", "not an audited entity; known: " + entities));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String where = " FROM audit_entry WHERE order_id = ?" + (entity == null ? "" : " AND entity_type = ?");
        Object[] keys = entity == null ? new Object[] {orderId} : new Object[] {orderId, entity};
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, keys);
        List<AuditEntryView> items = jdbc.query("SELECT " + COLUMNS + where
                + " ORDER BY at DESC, id DESC LIMIT " + size + " OFFSET " + (long) page * size, this::entry, keys);
        return new PageOf<>(items, page, size, total);
    }

    /** Every row of the order written between two instants (both included), in the order they were written. */
    List<AuditEntryView> between(long orderId, Instant from, Instant to) {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        return jdbc.query(connection -> {
            var query = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE order_id = ? "
                    + "AND at >= ? AND at <= ? ORDER BY id");
            query.setLong(1, orderId);
            query.setTimestamp(2, Timestamp.from(from), utc);
            query.setTimestamp(3, Timestamp.from(to), utc);
            return query;
        }, this::entry);
    }

    private AuditEntryView entry(ResultSet row, int rowNum) throws SQLException {
        return new AuditEntryView(row.getLong("id"),
                row.getTimestamp("at", Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant(),
                row.getString("who"), row.getString("client"), row.getString("address"),
                row.getString("entity_type"), row.getLong("entity_id"), AuditAction.valueOf(row.getString("action")),
                changes(row.getString("changes")), row.getString("change_id"));
    }

    private JsonNode changes(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry with broken changes JSON", e);
        }
    }
}
