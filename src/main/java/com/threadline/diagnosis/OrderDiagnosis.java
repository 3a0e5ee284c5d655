package com.threadline.diagnosis;

import com.threadline.access.StaffDirectory;
import com.threadline.audit.OrderHistory;
import com.threadline.audit.OrderHistory.HistoryEntry;
import com.threadline.diagnosis.LateChain.Link;
import com.threadline.inputs.LogisticsEventKind;
import com.threadline.inputs.ProductionStage;
import com.threadline.plan.Stage;
import com.threadline.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One order's whole story for the diagnosis page: its milestones (planned, forecast, actual, how long each step
 * took against its norm), the late chain with the reason behind each step that added days, and every report,
 * exception event, notification, read, approval and change in time order, people by name. Read straight from the
 * tables each package writes, a handful of queries by order id.
 */
@Service
@Transactional(readOnly = true)
public class OrderDiagnosis {

    /** The most changes of the audit trail the story carries (the order page pages through all of them). */
    static final int ACTIONS = 200;
    /** Who the exception process writes down when no person acted. */
    private static final Set<String> MACHINES = Set.of("monitor", "system");

    private final JdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final OrderHistory history;
    private final MessageSource texts;
    private final SlipCause causes;
    private final ZoneId zone;

    OrderDiagnosis(JdbcTemplate jdbc, StaffDirectory staff, OrderHistory history, MessageSource texts, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.history = history;
        this.texts = texts;
        this.zone = clock.getZone();
        this.causes = new SlipCause(texts, zone);
    }

    public record Diagnosis(String orderNo, String style, String factory, String status, LocalDate dueDate,
            LocalDate forecastDelivery, long lateDays, List<StepView> steps, Chain chain, List<StoryEntry> story) {
    }

    public record StepView(int seq, String code, String name, Stage stage, LocalDate planned, LocalDate forecast,
            LocalDate actual, long slipDays, Long tookDays, Long normDays, boolean onChain, long addedDays,
            String reason) {
    }

    public record Chain(boolean late, String sentence, String firstSlip, List<ChainLink> links) {
    }

    public record ChainLink(String code, String name, long slipDays, long addedDays, String reason) {
    }

    /** {@code kind}: REPORT, EXCEPTION, NOTIFICATION, READ, APPROVAL or ACTION; {@code href}: where it is told in full. */
    public record StoryEntry(Instant at, String kind, String who, String text, String href) {
    }

    private record OrderRow(long id, String orderNo, String style, String factory, String status, LocalDate due,
            LocalDate forecast) {
    }

    public Diagnosis of(String orderNo) {
        OrderRow order = jdbc.query("SELECT o.id, o.order_no, o.style, f.name, o.status, o.due_date, "
                + "o.forecast_delivery_date FROM orders o JOIN factory f ON f.id = o.factory_id WHERE o.order_no = ?",
                (row, n) -> new OrderRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)),
                orderNo).stream().findFirst().orElseThrow(() -> new NotFoundException("No order " + orderNo));
        List<Step> steps = steps(order.id());
        List<StoryEntry> story = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        List<Raw> raw = new ArrayList<>();
        raw.addAll(materialReports(order.id()));
        raw.addAll(outputReports(order.id(), order.factory()));
        raw.addAll(logisticsReports(order.id()));
        raw.addAll(techPackReports(order.id()));
        raw.addAll(exceptionEvents(order.id()));
        raw.addAll(notifications(order.id()));
        raw.addAll(approvals(order.id()));
        raw.forEach(r -> logins.add(r.login()));
        Map<String, String> names = staff.namesOf(logins.stream().filter(l -> l != null).toList());
        List<Report> reports = new ArrayList<>();
        for (Raw r : raw) {
            String who = r.login() == null || MACHINES.contains(r.login()) ? text("diagnosis.system")
                    : names.getOrDefault(r.login(), r.login());
            story.add(new StoryEntry(r.at(), r.kind(), who, r.text(), r.href()));
            if (r.steps() != null) {
                reports.add(new Report(r.at(), r.kind(), who, r.party(), r.text(), r.steps()));
            }
        }
        reports.addAll(materialLines(order.id()));
        for (HistoryEntry change : history.of(order.id(), 0, ACTIONS).items()) {
            story.add(new StoryEntry(change.at(), "ACTION", change.who(), change.lines().stream()
                    .map(line -> line.subject() + " " + line.action() + (line.changes().isEmpty() ? ""
                            : "：" + line.changes().stream().map(c -> c.field() + " " + (c.before() == null ? ""
                                    : c.before() + " → ") + (c.after() == null ? "" : c.after()))
                                    .collect(Collectors.joining("，"))))
                    .collect(Collectors.joining("；")), null));
        }
        story.sort(Comparator.comparing(StoryEntry::at));

        LateChain chain = LateChain.of(steps);
        Map<String, StepDwell> dwell = StepDwell.of(steps);
        Map<String, Link> onChain = new HashMap<>();
        chain.links().forEach(link -> onChain.put(link.step().code(), link));
        String firstCode = chain.firstSlip().map(link -> link.step().code()).orElse(null);
        List<ChainLink> links = chain.links().stream().map(link -> new ChainLink(link.step().code(),
                link.step().name(), link.slipDays(), link.addedDays(),
                link.addedDays() > 0 ? causes.reason(link, link.step().code().equals(firstCode), reports) : null))
                .toList();
        Map<String, String> reasons = links.stream().filter(l -> l.reason() != null)
                .collect(Collectors.toMap(ChainLink::code, ChainLink::reason));
        List<StepView> stepViews = steps.stream().map(step -> {
            StepDwell d = dwell.get(step.code());
            Link link = onChain.get(step.code());
            return new StepView(step.seq(), step.code(), step.name(), step.stage(), step.planned(), step.forecast(),
                    step.actual(), step.slipDays(), d == null ? null : d.tookDays(), d == null ? null : d.normDays(),
                    link != null, link == null ? 0 : link.addedDays(), reasons.get(step.code()));
        }).toList();
        long lateDays = steps.stream().filter(Step::delivery).mapToLong(s -> Math.max(0, s.slipDays())).findFirst()
                .orElse(0);
        return new Diagnosis(order.orderNo(), order.style(), order.factory(), order.status(), order.due(),
                order.forecast(), lateDays, stepViews,
                new Chain(chain.late(), chain.late() ? causes.sentence(chain, reports) : null,
                        firstCode, links), story);
    }

    List<Step> steps(long orderId) {
        return new ArrayList<>(stepsByMilestoneId(orderId).values());
    }

    /** The order's steps in plan order, each under its milestone's id. */
    Map<Long, Step> stepsByMilestoneId(long orderId) {
        Map<Long, Step> steps = new LinkedHashMap<>();
        jdbc.query("SELECT id, seq, code, name_zh, stage, depends_on, delivery_milestone, planned_date, "
                + "forecast_date, actual_date, slip_reason FROM milestone WHERE order_id = ? ORDER BY seq",
                row -> {
                    steps.put(row.getLong(1), new Step(row.getInt(2), row.getString(3), row.getString(4),
                            Stage.valueOf(row.getString(5)), codes(row.getString(6)), row.getBoolean(7),
                            row.getObject(8, LocalDate.class), row.getObject(9, LocalDate.class),
                            row.getObject(10, LocalDate.class), row.getString(11)));
                }, orderId);
        return steps;
    }

    static List<String> codes(String dependsOn) {
        return dependsOn == null || dependsOn.isBlank() ? List.of()
                : Arrays.stream(dependsOn.split(",")).map(String::trim).toList();
    }

    /** A story line before names are known: {@code steps} set when it is an input that can explain a slip. */
    private record Raw(Instant at, String kind, String login, String party, String text, String href,
            List<String> steps) {
    }

    private List<Raw> materialReports(long orderId) {
        return jdbc.query("SELECT e.kind, e.event_date, e.eta, e.carrier, e.tracking_no, e.reported_by, "
                + "e.reported_at, l.kind, l.line_no, l.description, s.name FROM material_event e "
                + "JOIN material_line l ON l.order_id = e.order_id AND l.line_no = e.line_no "
                + "JOIN supplier s ON s.id = l.supplier_id WHERE e.order_id = ?", (row, n) -> {
                    String material = text("enum.MaterialKind." + row.getString(8));
                    boolean shipped = "SHIPPED".equals(row.getString(1));
                    String said = shipped
                            ? text("diagnosis.report.shipped", material, row.getString(10), date(row, 2),
                                    row.getObject(3) == null ? "—" : date(row, 3))
                            : text("diagnosis.report.arrived", material, row.getString(10), date(row, 2));
                    return new Raw(instant(row, 7), "REPORT", row.getString(6),
                            text("diagnosis.party.supplier", row.getString(11)), said, null,
                            List.of(row.getString(8) + "_"));
                }, orderId);
    }

    /** Each material line's dates as they stand: the input behind a material step when no report was kept. */
    private List<Report> materialLines(long orderId) {
        return jdbc.query("SELECT l.kind, l.description, l.po_due_date, l.shipped_date, l.eta, l.arrival_date, s.name "
                + "FROM material_line l JOIN supplier s ON s.id = l.supplier_id WHERE l.order_id = ? ORDER BY l.line_no",
                (row, n) -> {
                    List<String> said = new ArrayList<>();
                    if (row.getObject(3) != null) {
                        said.add(text("diagnosis.line.due", date(row, 3)));
                    }
                    if (row.getObject(4) != null) {
                        said.add(text("diagnosis.line.shipped", date(row, 4)));
                    }
                    if (row.getObject(6) != null) {
                        said.add(text("diagnosis.line.arrived", date(row, 6)));
                    } else if (row.getObject(5) != null) {
                        said.add(text("diagnosis.line.eta", date(row, 5)));
                    }
                    return new Report(null, "LINE", null, text("diagnosis.party.supplier", row.getString(7)),
                            text("enum.MaterialKind." + row.getString(1)) + "（" + row.getString(2) + "）"
                                    + String.join("，", said), List.of(row.getString(1) + "_"));
                }, orderId);
    }

    private List<Raw> outputReports(long orderId, String factory) {
        Map<String, List<String>> steps = Map.of("CUTTING", List.of("CUTTING_START", "CUTTING_DONE"),
                "SEWING", List.of("SEWING_START", "SEWING_DONE"), "PACKING", List.of("PACKING"));
        return jdbc.query("SELECT stage, report_date, quantity, reported_by, reported_at FROM production_output "
                + "WHERE order_id = ?", (row, n) -> new Raw(instant(row, 5), "REPORT", row.getString(4),
                        text("diagnosis.party.factory", factory), text("diagnosis.report.output",
                                ProductionStage.valueOf(row.getString(1)).label(), date(row, 2), row.getInt(3)),
                        null, steps.getOrDefault(row.getString(1), List.of())), orderId);
    }

    private List<Raw> logisticsReports(long orderId) {
        return jdbc.query("SELECT kind, expected_at, actual_at, reference, reported_by, reported_at "
                + "FROM logistics_event WHERE order_id = ?", (row, n) -> {
                    Instant expected = instant(row, 2);
                    Instant actual = instant(row, 3);
                    String label = LogisticsEventKind.valueOf(row.getString(1)).label();
                    String said = actual != null ? text("diagnosis.report.logisticsDone", label, day(actual))
                            : text("diagnosis.report.logisticsExpected", label, expected == null ? "—" : day(expected));
                    return new Raw(instant(row, 6), "REPORT", row.getString(5), null, said, null,
                            List.of("BOOKING", "EX_FACTORY"));
                }, orderId);
    }

    private List<Raw> techPackReports(long orderId) {
        return jdbc.query("SELECT version, summary, reported_by, reported_at FROM tech_pack_version WHERE order_id = ?",
                (row, n) -> new Raw(instant(row, 4), "REPORT", row.getString(3), null,
                        text("diagnosis.report.techPack", row.getString(1),
                                row.getString(2) == null ? "" : row.getString(2)), null,
                        List.of("TECH_PACK", "LAB_DIP", "FIT_SAMPLE", "STRIKE_OFF", "PP_SAMPLE")), orderId);
    }

    private List<Raw> exceptionEvents(long orderId) {
        return jdbc.query("SELECT x.id, x.title, v.at, v.kind, v.actor, v.detail FROM exception_event v "
                + "JOIN order_exception x ON x.id = v.exception_id WHERE x.order_id = ? "
                + "AND v.kind NOT IN ('NOTIFIED', 'RENOTIFIED')", (row, n) -> {
                    String event = texts.getMessage("js.alert.event." + row.getString(4), null,
                            texts.getMessage("js.alert.event.other", null, Locale.ROOT), Locale.ROOT);
                    String detail = row.getString(6);
                    return new Raw(instant(row, 3), "EXCEPTION", row.getString(5), null,
                            event + "：" + row.getString(2) + (detail == null || detail.isBlank() ? "" : "（" + detail
                                    + "）"), "/exceptions/" + row.getLong(1), null);
                }, orderId);
    }

    private List<Raw> notifications(long orderId) {
        List<Raw> lines = new ArrayList<>();
        jdbc.query("SELECT x.id, x.title, d.recipient, d.channel, d.status, d.sent_at, d.last_attempt_at, d.read_at, "
                + "d.read_via FROM notification_delivery d JOIN order_exception x ON x.id = d.exception_id "
                + "WHERE x.order_id = ?", row -> {
                    String href = "/exceptions/" + row.getLong(1);
                    String channel = text("enum.Channel." + row.getString(4));
                    boolean sent = "SENT".equals(row.getString(5));
                    Instant at = sent && instant(row, 6) != null ? instant(row, 6) : instant(row, 7);
                    lines.add(new Raw(at, "NOTIFICATION", row.getString(3), null,
                            text(sent ? "diagnosis.notified" : "diagnosis.undelivered", channel, row.getString(2)),
                            href, null));
                    Instant read = instant(row, 8);
                    if (read != null) {
                        String via = row.getString(9) == null ? channel : text("enum.ReadVia." + row.getString(9));
                        lines.add(new Raw(read, "READ", row.getString(3), null,
                                text("diagnosis.read", via, row.getString(2)), href, null));
                    }
                }, orderId);
        return lines;
    }

    private List<Raw> approvals(long orderId) {
        List<Raw> lines = new ArrayList<>(jdbc.query("SELECT kind, reason, new_value, requested_by, requested_at, "
                + "status FROM approval_request WHERE order_id = ?", (row, n) -> new Raw(instant(row, 5), "APPROVAL",
                        row.getString(4), null, text("diagnosis.approval.requested",
                                text("enum.ChangeKind." + row.getString(1)),
                                row.getString(3) == null ? "" : row.getString(3), row.getString(2),
                                text("enum.ApprovalStatus." + row.getString(6))), null, null), orderId));
        lines.addAll(jdbc.query("SELECT d.level_no, d.approver, d.decision, d.comment_text, d.decided_at, r.kind "
                + "FROM approval_request r JOIN approval_decision d ON d.request_id = r.id WHERE r.order_id = ?",
                (row, n) -> new Raw(instant(row, 5), "APPROVAL", row.getString(2), null,
                        text("diagnosis.approval." + row.getString(3), row.getInt(1),
                                text("enum.ChangeKind." + row.getString(6)),
                                row.getString(4) == null ? "" : row.getString(4)), null, null), orderId));
        return lines;
    }

    private String text(String key, Object... args) {
        return texts.getMessage(key, args, key, Locale.ROOT);
    }

    private Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        return at == null ? null : at.toInstant();
    }

    private static String date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class).toString();
    }

    private String day(Instant at) {
        return LocalDate.ofInstant(at, zone).toString();
    }
}
