package com.threadline.exception;

import com.threadline.exception.ReviewReport.Deadline;
import com.threadline.exception.ReviewReport.DeliveryImpact;
import com.threadline.exception.ReviewReport.Header;
import com.threadline.exception.ReviewReport.Measures;
import com.threadline.exception.ReviewReport.Reader;
import com.threadline.exception.ReviewReport.Step;
import com.threadline.plan.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The review report as a printable page, in Chinese with English. The page is well-formed XHTML so that
 * the PDF renderer can read it as it is; every value from the data goes through {@link #text}, which
 * escapes it, so nothing a user typed (a root cause, an action) can add markup or script to the page.
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

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm; font-family: "%1$s", sans-serif;
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666666; } }
            body { font-family: "%1$s", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
              sans-serif; font-size: 10pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
            @media screen { body { max-width: 860px; margin: 24px auto; padding: 0 16px; } }
            h1 { font-size: 17pt; margin: 0 0 2pt 0; }
            h2 { font-size: 12pt; margin: 16pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #333333;
              page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
            .en { font-weight: normal; color: #555555; font-size: 0.85em; }
            .subtitle { margin: 0; color: #444444; }
            table { width: 100%%; border-collapse: collapse; margin: 0 0 4pt 0; }
            table.paginate { -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            .keep { page-break-inside: avoid; }
            th, td { border: 0.6pt solid #999999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            th { background-color: #eeeeee; font-weight: bold; }
            table.facts th, table.deadlines tbody th { width: 27%%; }
            td.when { white-space: nowrap; width: 19%%; }
            .text { white-space: pre-wrap; margin: 0 0 4pt 0; }
            .met { color: #1b6e20; font-weight: bold; }
            .missed { color: #b00020; font-weight: bold; }
            .muted { color: #666666; }
            .footer { margin-top: 18pt; padding-top: 4pt; border-top: 0.5pt solid #bbbbbb; font-size: 8pt;
              color: #666666; }
            """.formatted(FONT_FAMILY);

    private final DateTimeFormatter time;
    private final DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;

    ReviewReportPage(Clock clock) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    String render(ReviewReport report) {
        Header h = report.header();
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n")
                .append("<head>\n<meta charset=\"utf-8\"/>\n<title>异常复盘报告 Review report #").append(text(h.exceptionId()))
                .append(" · ").append(text(h.orderNo())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");

        page.append("<h1>异常复盘报告 <span class=\"en\">Exception review report</span></h1>\n")
                .append("<p class=\"subtitle\">#").append(text(h.exceptionId())).append(" · ").append(text(h.orderNo()))
                .append(" · ").append(text(h.typeLabel())).append(" · ").append(text(h.priority())).append("</p>\n");

        overview(page, h);
        timeline(page, report);
        deadlines(page, report.response(), report.plan());
        measures(page, report.measures());
        delivery(page, report.deliveryImpact());
        page.append("<h2>6. 根本原因 <span class=\"en\">Root cause</span></h2>\n<p class=\"text\">")
                .append(text(report.rootCause())).append("</p>\n");
        page.append("<h2>7. 经验教训 <span class=\"en\">Lessons learned</span></h2>\n<p class=\"text\">")
                .append(text(report.lessonsLearned())).append("</p>\n");
        page.append("<div class=\"footer\">生成于 Generated ").append(text(instant(report.generatedAt())))
                .append(" · 时区 Time zone ").append(text(time.getZone().getId())).append(" · Threadline</div>\n")
                .append("</body>\n</html>\n");
        return page.toString();
    }

    private void overview(StringBuilder page, Header h) {
        page.append("<h2>1. 基本信息 <span class=\"en\">Overview</span></h2>\n<table class=\"facts\">\n");
        fact(page, "订单 Order", join(h.orderNo(), h.customer(), h.style()));
        fact(page, "异常类型 Type", h.typeLabel() + " (" + h.type() + ")");
        fact(page, "对象 Subject", h.subject());
        fact(page, "标题 Title", h.title());
        fact(page, "详情 Detail", h.detail());
        fact(page, "等级 Grade", h.priority());
        fact(page, "环节 Stage", h.stage() == null ? null : STAGES.get(h.stage()));
        fact(page, "工厂 Factory", join(h.factoryCode(), h.factoryName()));
        fact(page, "供应商 Supplier", join(h.supplierCode(), h.supplierName()));
        fact(page, "责任角色 Responsible roles", String.join(", ", h.roles()));
        fact(page, "升级次数 Escalations", String.valueOf(h.escalationLevel()));
        fact(page, "发现 Detected", instant(h.detectedAt()));
        fact(page, "关闭 Closed", join(instant(h.closedAt()), h.closedBy()));
        page.append("</table>\n");
    }

    private void timeline(StringBuilder page, ReviewReport report) {
        page.append("<h2>2. 处理时间线 <span class=\"en\">Timeline</span></h2>\n<table class=\"paginate\">\n<thead><tr>")
                .append("<th>时间 When</th><th>事件 Event</th><th>人员 Who</th><th>说明 Details</th></tr></thead>\n<tbody>\n");
        for (Step step : report.timeline()) {
            page.append("<tr><td class=\"when\">").append(text(instant(step.at()))).append("</td><td>")
                    .append(text(step.label())).append("</td><td>").append(text(step.actor())).append("</td><td>")
                    .append(text(step.detail())).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n<div class=\"keep\">\n<h3>通知与阅读 <span class=\"en\">Alerts and reading</span></h3>\n");
        if (report.readers().isEmpty()) {
            page.append("<p class=\"muted\">无站内通知 No in-app alerts were sent.</p>\n</div>\n");
            return;
        }
        page.append("<table>\n<thead><tr><th>接收人 Recipient</th><th>首次通知 First alerted</th>")
                .append("<th>阅读 Read</th><th>用时 Time to read</th></tr></thead>\n<tbody>\n");
        for (Reader reader : report.readers()) {
            page.append("<tr><td>").append(text(reader.recipient())).append("</td><td>")
                    .append(text(instant(reader.firstNotifiedAt()))).append("</td><td>")
                    .append(reader.readAt() == null ? "<span class=\"missed\">未读 Unread</span>"
                            : text(instant(reader.readAt())))
                    .append("</td><td>").append(text(minutes(reader.minutesToRead()))).append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n</div>\n");
    }

    private void deadlines(StringBuilder page, Deadline response, Deadline plan) {
        page.append("<div class=\"keep\">\n<h2>3. 时效 <span class=\"en\">Response and plan time</span></h2>\n<table class=\"deadlines\">\n<thead><tr>")
                .append("<th></th><th>时限 Deadline</th><th>完成 Done</th><th>用时 Taken</th><th>结果 Result</th>")
                .append("</tr></thead>\n<tbody>\n");
        deadline(page, "响应（发现→确认）Response (detected → confirmed)", response);
        deadline(page, "方案（发现→提交方案）Plan (detected → plan submitted)", plan);
        page.append("</tbody>\n</table>\n</div>\n");
    }

    private void deadline(StringBuilder page, String name, Deadline d) {
        page.append("<tr><th>").append(text(name)).append("</th><td>")
                .append(d.dueAt() == null ? text("无时限 None")
                        : text(instant(d.dueAt()) + " (" + minutes(d.allowedMinutes()) + ")"))
                .append("</td><td>").append(text(d.doneAt() == null ? null : join(instant(d.doneAt()), d.doneBy())))
                .append("</td><td>").append(text(minutes(d.takenMinutes()))).append("</td><td>");
        if (d.met() == null) {
            page.append(text(d.doneAt() == null ? "不适用 Not required" : "无时限 No deadline"));
        } else if (d.met()) {
            page.append("<span class=\"met\">达标 Met</span>");
        } else if (d.missedByMinutes() != null) {
            page.append("<span class=\"missed\">超时 Missed by ").append(text(minutes(d.missedByMinutes())))
                    .append("</span>");
        } else {
            page.append("<span class=\"missed\">未完成 Not done</span>");
        }
        page.append("</td></tr>\n");
    }

    private void measures(StringBuilder page, Measures m) {
        page.append("<h2>4. 采取的措施 <span class=\"en\">Measures taken</span></h2>\n<table class=\"facts\">\n");
        fact(page, "解决方案 Solution plan", m.solutionPlan());
        fact(page, "方案提交人 Plan by", m.planSubmittedBy());
        fact(page, "预计恢复 Expected recovery", date(m.expectedRecoveryDate()));
        page.append("</table>\n<h3>措施记录 <span class=\"en\">Actions</span></h3>\n");
        if (m.actions().isEmpty()) {
            page.append("<p class=\"muted\">无 None recorded.</p>\n");
        } else {
            page.append("<table>\n<thead><tr><th>时间 When</th><th>类型 Kind</th><th>内容 Description</th>")
                    .append("<th>节点调整 Milestone moved</th><th>人员 By</th></tr></thead>\n<tbody>\n");
            for (ExceptionAction action : m.actions()) {
                String moved = action.getMilestoneCode() == null ? null
                        : action.getMilestoneCode() + " → " + date(action.getNewDate());
                page.append("<tr><td class=\"when\">").append(text(instant(action.getTakenAt()))).append("</td><td>")
                        .append(text(ACTION_KINDS.get(action.getKind()))).append("</td><td>")
                        .append(text(action.getDescription()));
                if (action.getEvidenceUrl() != null) {
                    page.append("<br/><span class=\"muted\">证据 Evidence: ").append(text(action.getEvidenceUrl()))
                            .append("</span>");
                }
                page.append("</td><td>").append(text(moved)).append("</td><td>").append(text(action.getTakenBy()))
                        .append("</td></tr>\n");
            }
            page.append("</tbody>\n</table>\n");
        }
        page.append("<h3>复盘结论：措施 <span class=\"en\">Measures as reviewed</span></h3>\n<p class=\"text\">")
                .append(text(m.summary())).append("</p>\n");
    }

    private void delivery(StringBuilder page, DeliveryImpact d) {
        page.append("<h2>5. 交期影响 <span class=\"en\">Effect on the delivery date</span></h2>\n<table class=\"facts\">\n");
        fact(page, "复盘认定影响 Impact (review)", d.deliveryImpactDays() == null ? null
                : d.deliveryImpactDays() + " 天 days");
        fact(page, "监控所见延误 Delay seen by the monitor", d.observedDelayDays() + " 天 days");
        fact(page, "订单交期 Order due date", date(d.orderDueDate()));
        fact(page, "当前预测交付 Current forecast delivery", date(d.forecastDeliveryDate()));
        fact(page, "当前延误 Current delay", d.orderDelayDays() == null ? null : d.orderDelayDays() + " 天 days");
        fact(page, "订单状态 Order status", join(d.orderStatus() == null ? null : d.orderStatus().name(),
                d.orderStage() == null ? null : STAGES.get(d.orderStage())));
        page.append("</table>\n");
    }

    private void fact(StringBuilder page, String label, String value) {
        page.append("<tr><th>").append(text(label)).append("</th><td class=\"text\">").append(text(value))
                .append("</td></tr>\n");
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
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Escapes a value for the page: {@code < > & " '} become references, and characters XML forbids
     * (control characters, lone surrogates) are dropped so the page stays well-formed for the PDF renderer.
     */
    static String text(Object value) {
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
        return clean.isEmpty() ? NONE : HtmlUtils.htmlEscape(clean.toString(), "UTF-8");
    }
}
