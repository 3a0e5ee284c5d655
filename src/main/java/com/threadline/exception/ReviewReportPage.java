package com.threadline.exception;

import com.threadline.exception.ReviewReport.Deadline;
import com.threadline.exception.ReviewReport.DeliveryImpact;
import com.threadline.exception.ReviewReport.Header;
import com.threadline.exception.ReviewReport.Measures;
import com.threadline.plan.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The review report as a printable page, in Chinese with English, rendered from the template
 * {@code review-report.html}. The page is well-formed XHTML so that the PDF renderer can read it as it is; the
 * template escapes every value, and every value passes {@link #clean} first, which drops the characters XML
 * forbids (control characters, lone surrogates), so nothing a user typed can add markup or break the PDF.
 */
@Component
class ReviewReportPage {

    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String NONE = "—";

    private static final Map<Stage, String> STAGES = Map.of(
            Stage.DESIGN, "设计确认 Design",
            Stage.MATERIALS, "面辅料 Materials",
            Stage.PRODUCTION, "生产 Production",
            Stage.QC, "质检 QC",
            Stage.LOGISTICS, "物流 Logistics");

    private static final Map<ExceptionAction.Kind, String> ACTION_KINDS = Map.of(
            ExceptionAction.Kind.BACKUP_SUPPLIER, "备用供应商 Backup supplier",
            ExceptionAction.Kind.RESCHEDULE, "重新排产 Reschedule",
            ExceptionAction.Kind.SWITCH_LOGISTICS, "更换物流 Switch logistics",
            ExceptionAction.Kind.OVERTIME, "加班 Overtime",
            ExceptionAction.Kind.OUTSOURCE, "外发 Outsource",
            ExceptionAction.Kind.OTHER, "其他 Other");

    /** A label and its value, one row of a facts table. */
    record Fact(String label, String value) {
    }

    /** One row of a table; {@code note} is a second, muted line under the third cell (an action's evidence). */
    record Row(List<String> cells, String note) {
    }

    /** A value shown with a class of the page's style ({@code met}, {@code missed}), or none. */
    record Marked(String text, String mark) {
    }

    /** How one deadline went: its name, the deadline, when done and by whom, the time taken, and the verdict. */
    record DeadlineRow(String name, String due, String done, String taken, Marked result) {
    }

    /** One person alerted; {@code read} is marked missed when they never read it. */
    record ReaderRow(String recipient, String firstNotified, Marked read, String taken) {
    }

    private final ITemplateEngine templates;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;

    ReviewReportPage(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    String render(ReviewReport report) {
        Header h = report.header();
        Context page = new Context();
        page.setVariable("font", FONT_FAMILY);
        page.setVariable("id", clean(h.exceptionId()));
        page.setVariable("orderNo", clean(h.orderNo()));
        page.setVariable("typeLabel", clean(h.typeLabel()));
        page.setVariable("priority", clean(h.priority()));
        page.setVariable("overview", overview(h));
        page.setVariable("timeline", report.timeline().stream()
                .map(step -> new Row(cells(instant(step.at()), step.label(), step.actor(), step.detail()), null))
                .toList());
        page.setVariable("readers", report.readers().stream()
                .map(reader -> new ReaderRow(clean(reader.recipient()), clean(instant(reader.firstNotifiedAt())),
                        reader.readAt() == null ? new Marked("未读 Unread", "missed")
                                : new Marked(clean(instant(reader.readAt())), null),
                        clean(minutes(reader.minutesToRead()))))
                .toList());
        page.setVariable("deadlines", List.of(
                deadline("响应（发现→确认）Response (detected → confirmed)", report.response()),
                deadline("方案（发现→提交方案）Plan (detected → plan submitted)", report.plan())));
        Measures m = report.measures();
        page.setVariable("plan", facts(
                "解决方案 Solution plan", m.solutionPlan(),
                "方案提交人 Plan by", m.planSubmittedBy(),
                "预计恢复 Expected recovery", date(m.expectedRecoveryDate())));
        page.setVariable("actions", m.actions().stream().map(this::action).toList());
        page.setVariable("summary", clean(m.summary()));
        page.setVariable("delivery", delivery(report.deliveryImpact()));
        page.setVariable("rootCause", clean(report.rootCause()));
        page.setVariable("lessons", clean(report.lessonsLearned()));
        page.setVariable("generatedAt", clean(instant(report.generatedAt())));
        page.setVariable("zone", clean(time.getZone().getId()));
        return templates.process("review-report", page);
    }

    private List<Fact> overview(Header h) {
        return facts(
                "订单 Order", join(h.orderNo(), h.customer(), h.style()),
                "异常类型 Type", h.typeLabel() + " (" + h.type() + ")",
                "对象 Subject", h.subject(),
                "标题 Title", h.title(),
                "详情 Detail", h.detail(),
                "等级 Grade", h.priority(),
                "环节 Stage", h.stage() == null ? null : STAGES.get(h.stage()),
                "工厂 Factory", join(h.factoryCode(), h.factoryName()),
                "供应商 Supplier", join(h.supplierCode(), h.supplierName()),
                "责任角色 Responsible roles", String.join(", ", h.roles()),
                "升级次数 Escalations", String.valueOf(h.escalationLevel()),
                "发现 Detected", instant(h.detectedAt()),
                "关闭 Closed", join(instant(h.closedAt()), h.closedBy()));
    }

    private DeadlineRow deadline(String name, Deadline d) {
        String due = d.dueAt() == null ? "无时限 None" : instant(d.dueAt()) + " (" + minutes(d.allowedMinutes()) + ")";
        Marked result;
        if (d.met() == null) {
            result = new Marked(d.doneAt() == null ? "不适用 Not required" : "无时限 No deadline", null);
        } else if (d.met()) {
            result = new Marked("达标 Met", "met");
        } else if (d.missedByMinutes() != null) {
            result = new Marked("超时 Missed by " + clean(minutes(d.missedByMinutes())), "missed");
        } else {
            result = new Marked("未完成 Not done", "missed");
        }
        return new DeadlineRow(clean(name), clean(due),
                clean(d.doneAt() == null ? null : join(instant(d.doneAt()), d.doneBy())),
                clean(minutes(d.takenMinutes())), result);
    }

    private Row action(ExceptionAction action) {
        String moved = action.getMilestoneCode() == null ? null
                : action.getMilestoneCode() + " → " + date(action.getNewDate());
        return new Row(cells(instant(action.getTakenAt()), ACTION_KINDS.get(action.getKind()), action.getDescription(),
                moved, action.getTakenBy()),
                action.getEvidenceUrl() == null ? null : "证据 Evidence: " + clean(action.getEvidenceUrl()));
    }

    private List<Fact> delivery(DeliveryImpact d) {
        return facts(
                "复盘认定影响 Impact (review)", d.deliveryImpactDays() == null ? null : d.deliveryImpactDays() + " 天 days",
                "监控所见延误 Delay seen by the monitor", d.observedDelayDays() + " 天 days",
                "订单交期 Order due date", date(d.orderDueDate()),
                "当前预测交付 Current forecast delivery", date(d.forecastDeliveryDate()),
                "当前延误 Current delay", d.orderDelayDays() == null ? null : d.orderDelayDays() + " 天 days",
                "订单状态 Order status", join(d.orderStatus() == null ? null : d.orderStatus().name(),
                        d.orderStage() == null ? null : STAGES.get(d.orderStage())));
    }

    /** Label, value, label, value, … as facts. */
    private static List<Fact> facts(String... labelsAndValues) {
        Fact[] facts = new Fact[labelsAndValues.length / 2];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = new Fact(labelsAndValues[2 * i], clean(labelsAndValues[2 * i + 1]));
        }
        return List.of(facts);
    }

    private static List<String> cells(String... values) {
        return Arrays.stream(values).map(ReviewReportPage::clean).toList();
    }

    private String instant(Instant at) {
        return at == null ? null : time.format(at);
    }

    private String date(LocalDate day) {
        return day == null ? null : date.format(day);
    }

    private static String minutes(Long minutes) {
        if (minutes == null) {
            return null;
        }
        long m = Math.abs(minutes);
        String sign = minutes < 0 ? "-" : "";
        if (m < 60) {
            return sign + m + " 分钟 min";
        }
        if (m < 24 * 60) {
            return sign + (m / 60) + " 小时 h " + (m % 60) + " 分钟 min";
        }
        return sign + (m / (24 * 60)) + " 天 d " + (m % (24 * 60) / 60) + " 小时 h";
    }

    private static String join(String... parts) {
        String joined = Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * A value as the page shows it, before the template escapes it: a dash for nothing, and without the characters
     * XML forbids (control characters other than tab and line breaks, lone surrogates) so the page stays
     * well-formed for the PDF renderer.
     */
    static String clean(Object value) {
        if (value == null) {
            return NONE;
        }
        String raw = value.toString();
        StringBuilder clean = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                clean.append(c).append(raw.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)) {
                clean.append(c);
            }
        }
        return clean.isEmpty() ? NONE : clean.toString();
    }
}
