package com.threadline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.access.StaffDirectory;
import com.threadline.desk.DeskFormat;
import com.threadline.web.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * An order's audit trail as people read it: one entry per change (the rows one transaction wrote), fields and
 * values in Chinese, people by name. The re-forecast that follows every change (a forecast date on each milestone
 * downstream, the delivery forecast, the plan's stage) is folded into one line, and the milestones a new plan
 * created into another.
 */
@Service
public class OrderHistory {

    /** Fields a change carries along without anyone deciding them: they are what the re-forecast works out. */
    private static final Set<String> FORECAST = Set.of("Milestone.forecastDate", "Milestone.materialDate",
            "Order.forecastDeliveryDate", "Order.delayDays", "Order.planStage", "MaterialLine.neededBy");
    /** Bookkeeping, and what is told in full elsewhere (an exception's detail and whom it told: its alert page). */
    private static final Set<String> HIDDEN = Set.of("processInstanceId", "requestFingerprint", "openKey",
            "nameEn", "dependsOn", "seq", "code", "onFactoryCalendar", "deliveryMilestone", "orderId", "orderNo",
            "updatedAt", "lastSeenAt", "exception", "levelRoles", "createdAt", "requestedAt", "decidedAt",
            "detail", "roles", "subject");
    private static final Set<String> PEOPLE = Set.of("merchandiser", "businessOwner", "requestedBy", "approver",
            "confirmedBy", "planSubmittedBy", "closedBy", "takenBy");
    private static final Map<String, String> NAMED_ROWS = Map.of("customer", "customer", "factory", "factory",
            "supplier", "supplier");

    private final JdbcTemplate jdbc;
    private final AuditTrail trail;
    private final StaffDirectory staff;
    private final MessageSource texts;
    private final DeskFormat format;

    OrderHistory(JdbcTemplate jdbc, AuditTrail trail, StaffDirectory staff, MessageSource texts, DeskFormat format) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.staff = staff;
        this.texts = texts;
        this.format = format;
    }

    public PageOf<HistoryEntry> of(long orderId, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "须为 0 或以上 / must be 0 or more"));
        }
        if (size < 1 || size > PageOf.MAX_SIZE) {
            problems.add(new FieldProblem("size", "须在 1 到 " + PageOf.MAX_SIZE + " 之间 / must be between 1 and "
                    + PageOf.MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT change_id, at, who FROM audit_entry "
                + "WHERE order_id = ? GROUP BY change_id, at, who) changes", Long.class, orderId);
        List<ChangeKey> keys = jdbc.query("SELECT change_id, at, who FROM audit_entry WHERE order_id = ? "
                + "GROUP BY change_id, at, who ORDER BY at DESC, MAX(id) DESC LIMIT " + size
                + " OFFSET " + (long) page * size,
                (row, n) -> new ChangeKey(row.getString(1), row.getTimestamp(2, utc).toInstant(), row.getString(3)),
                orderId);
        if (keys.isEmpty()) {
            return new PageOf<>(List.of(), page, size, total);
        }
        List<AuditEntryView> rows = trail.between(orderId, keys.get(keys.size() - 1).at(), keys.get(0).at());
        Subjects subjects = new Subjects(orderId);
        Map<ChangeKey, List<AuditEntryView>> changes = new LinkedHashMap<>();
        keys.forEach(key -> changes.put(key, new ArrayList<>()));
        for (AuditEntryView row : rows) {
            List<AuditEntryView> change = changes.get(new ChangeKey(row.changeId(), row.at(), row.who()));
            if (change != null) {
                change.add(row);
            }
        }
        Set<String> people = new HashSet<>();
        keys.forEach(key -> people.add(key.who()));
        rows.forEach(row -> row.changes().fields().forEachRemaining(field -> field.getValue().forEach(value -> {
            if (PEOPLE.contains(field.getKey())) {
                people.add(value.asText());
            } else if (value.has("reportedBy")) {
                people.add(value.path("reportedBy").asText());
            }
        })));
        Map<String, String> names = staff.namesOf(people);
        List<HistoryEntry> entries = changes.values().stream()
                .filter(group -> !group.isEmpty())
                .map(group -> entry(group, subjects, names))
                .toList();
        return new PageOf<>(entries, page, size, total);
    }

    private HistoryEntry entry(List<AuditEntryView> rows, Subjects subjects, Map<String, String> names) {
        List<HistoryLine> lines = new ArrayList<>();
        List<FieldChange> forecast = new ArrayList<>();
        int milestonesMoved = 0;
        int milestonesCreated = 0;
        for (RowChange row : merged(rows)) {
            if (row.entity().equals("Milestone") && row.action() == AuditAction.CREATE) {
                milestonesCreated++;
                continue;
            }
            List<FieldChange> visible = new ArrayList<>();
            for (Map.Entry<String, JsonNode[]> field : row.fields().entrySet()) {
                String key = row.entity() + "." + field.getKey();
                JsonNode after = field.getValue()[1];
                if (HIDDEN.contains(field.getKey()) || row.action() == AuditAction.CREATE && nothingSaid(after)) {
                    continue;
                }
                FieldChange change = new FieldChange(fieldLabel(row.entity(), field.getKey()),
                        value(row.entity(), field.getKey(), field.getValue()[0], subjects, names),
                        value(row.entity(), field.getKey(), after, subjects, names));
                if (FORECAST.contains(key)) {
                    if (key.equals("Milestone.forecastDate")) {
                        milestonesMoved++;
                    } else if (row.entity().equals("Order")) {
                        forecast.add(change);
                    }
                } else {
                    visible.add(change);
                }
            }
            if (!visible.isEmpty()) {
                lines.add(new HistoryLine(subjects.of(row.entity(), row.entityId()),
                        text("history.action." + row.action()), visible));
            }
        }
        if (milestonesCreated > 0) {
            lines.add(new HistoryLine(text("history.plan"), text("history.plan.created"),
                    List.of(new FieldChange(text("history.plan.milestones"), null, String.valueOf(milestonesCreated)))));
        }
        if (milestonesMoved > 0 || !forecast.isEmpty()) {
            if (milestonesMoved > 0) {
                forecast.add(new FieldChange(text("history.forecast.milestones"), null, String.valueOf(milestonesMoved)));
            }
            lines.add(new HistoryLine(text("history.forecast"),
                    text(lines.isEmpty() ? "history.forecast.alone" : "history.forecast.along"), forecast));
        }
        AuditEntryView first = rows.get(0);
        return new HistoryEntry(first.at(), names.getOrDefault(first.who(), whoText(first.who())), first.who(),
                rows.size(), lines);
    }

    /**
     * The rows of one change (in the order they were written) merged per entity: a row created and then updated in
     * the same transaction (a request and its first level) reads as created with its final values.
     */
    private static List<RowChange> merged(List<AuditEntryView> rows) {
        Map<String, RowChange> byEntity = new LinkedHashMap<>();
        rows.forEach(row -> {
            RowChange change = byEntity.computeIfAbsent(row.entity() + "#" + row.entityId(),
                    key -> new RowChange(row.entity(), row.entityId(), row.action(), new LinkedHashMap<>()));
            row.changes().fields().forEachRemaining(field -> change.fields().merge(field.getKey(),
                    new JsonNode[] {field.getValue().get(0), field.getValue().get(1)},
                    (earlier, later) -> new JsonNode[] {earlier[0], later[1]}));
        });
        return List.copyOf(byEntity.values());
    }

    /** A zero, false or empty value set on creation tells the reader nothing. */
    private static boolean nothingSaid(JsonNode value) {
        return value == null || value.isNull() || value.isNumber() && value.asDouble() == 0
                || value.isBoolean() && !value.asBoolean() || value.isTextual() && value.asText().isBlank();
    }

    /** What tells one change from another: its id, or for older rows its time and person. */
    private record ChangeKey(String changeId, Instant at, String who) {
    }

    private record RowChange(String entity, long entityId, AuditAction action, Map<String, JsonNode[]> fields) {
    }

    private String whoText(String who) {
        return who.equals(Actor.SYSTEM) ? text("history.system") : who;
    }

    private String fieldLabel(String entity, String field) {
        String specific = texts.getMessage("history.field." + entity + "." + field, null, null, Locale.ROOT);
        return specific != null ? specific : texts.getMessage("history.field." + field, null, field, Locale.ROOT);
    }

    private String value(String entity, String field, JsonNode value, Subjects subjects, Map<String, String> names) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return text(value.asBoolean() ? "history.yes" : "history.no");
        }
        if (value.has("reportedBy")) {
            String by = value.path("reportedBy").asText();
            return names.getOrDefault(by, by) + "（" + texts.getMessage("enum.InputSource." + value.path("source")
                    .asText(), null, value.path("source").asText(), Locale.ROOT) + "）";
        }
        String raw = value.asText();
        if (PEOPLE.contains(field)) {
            return names.getOrDefault(raw, raw);
        }
        if (NAMED_ROWS.containsKey(field)) {
            return subjects.nameOf(NAMED_ROWS.get(field), value.asLong());
        }
        String enumType = texts.getMessage("history.enum." + entity + "." + field, null, null, Locale.ROOT);
        if (enumType == null) {
            enumType = texts.getMessage("history.enum." + field, null, null, Locale.ROOT);
        }
        if (enumType != null) {
            return texts.getMessage("enum." + enumType + "." + raw, null, raw, Locale.ROOT);
        }
        if (raw.length() > 19 && raw.charAt(10) == 'T' && raw.endsWith("Z")) {
            return format.dateTime(Instant.parse(raw));
        }
        return raw;
    }

    private String text(String key) {
        return texts.getMessage(key, null, key, Locale.ROOT);
    }

    /** What each row is about, in words: the milestone's name, the material line, the request's number. */
    private final class Subjects {

        private final long orderId;
        private Map<Long, String> milestones;
        private Map<Long, String> materials;
        private Map<Long, String> sizeLines;
        private final Map<String, String> named = new HashMap<>();

        Subjects(long orderId) {
            this.orderId = orderId;
        }

        String of(String entity, long id) {
            String label = text("history.entity." + entity);
            return switch (entity) {
                case "Order" -> label;
                case "Milestone" -> label + " " + milestones().getOrDefault(id, "#" + id);
                case "MaterialLine" -> label + " " + materials().getOrDefault(id, "#" + id);
                case "SizeLine" -> label + " " + sizeLines().getOrDefault(id, "#" + id);
                default -> label + " #" + id;
            };
        }

        String nameOf(String table, long id) {
            return named.computeIfAbsent(table + id, key -> jdbc.query("SELECT name FROM " + table + " WHERE id = ?",
                    (row, n) -> row.getString(1), id).stream().findFirst().orElse("#" + id));
        }

        private Map<Long, String> milestones() {
            if (milestones == null) {
                milestones = new HashMap<>();
                jdbc.query("SELECT id, name_zh FROM milestone WHERE order_id = ?",
                        row -> { milestones.put(row.getLong(1), row.getString(2)); }, orderId);
            }
            return milestones;
        }

        private Map<Long, String> sizeLines() {
            if (sizeLines == null) {
                sizeLines = new HashMap<>();
                jdbc.query("SELECT id, colour, size_label FROM order_size_line WHERE order_id = ?",
                        row -> { sizeLines.put(row.getLong(1), row.getString(2) + " " + row.getString(3)); }, orderId);
            }
            return sizeLines;
        }

        private Map<Long, String> materials() {
            if (materials == null) {
                materials = new HashMap<>();
                jdbc.query("SELECT id, line_no, description FROM material_line WHERE order_id = ?",
                        row -> { materials.put(row.getLong(1), row.getInt(2) + " " + row.getString(3)); }, orderId);
            }
            return materials;
        }
    }

    /** One change: when, by whom (name, and login), how many raw rows it wrote, and what it changed in words. */
    public record HistoryEntry(Instant at, String who, String login, int rows, List<HistoryLine> lines) {
    }

    public record HistoryLine(String subject, String action, List<FieldChange> changes) {
    }

    /** {@code before} is null for a value newly set. */
    public record FieldChange(String field, String before, String after) {
    }
}
