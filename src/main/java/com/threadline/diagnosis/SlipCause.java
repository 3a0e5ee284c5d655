package com.threadline.diagnosis;

import com.threadline.diagnosis.LateChain.Link;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * Puts a late chain into words: the first slip with the input behind it (the latest report about that step, else
 * what its material line says, else the reason someone gave when they moved it), then each later step, those that added days of their own with
 * theirs, ending in the delivery: "面料到厂晚 5 天（供应商 绍兴柯桥纺织 · 王供应 10-03 14:20 报告：…）→ 开裁晚 5 天 → 交期晚 5 天".
 */
public final class SlipCause {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource texts;
    private final ZoneId zone;

    public SlipCause(MessageSource texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    /**
     * The reason of one link of the chain: why this step was late by the days it added. A material line's standing
     * dates explain only the first slip: told again for the next steps they would say nothing new.
     */
    public String reason(Link link, boolean first, List<Report> reports) {
        Optional<Report> report = latestAbout(link.step().code(), first ? reports
                : reports.stream().filter(r -> r.at() != null).toList());
        if (report.isPresent()) {
            Report r = report.get();
            if (r.at() == null) {
                return text("diagnosis.cause.fact", r.party() == null ? "" : r.party() + "：", r.summary());
            }
            return text("diagnosis.cause.report", r.party() == null ? "" : r.party() + " · ", r.who(), when(r.at()),
                    r.summary());
        }
        if (link.step().slipReason() != null && !link.step().slipReason().isBlank()) {
            return link.step().slipReason();
        }
        return first ? text("diagnosis.cause.none") : null;
    }

    /** The whole chain in one line, first slip first. */
    public String sentence(LateChain chain, List<Report> reports) {
        List<String> parts = new ArrayList<>();
        List<Link> links = chain.links();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            boolean first = i == 0;
            String step = link.step().delivery() ? text("diagnosis.cause.delivery", link.slipDays())
                    : text("diagnosis.cause.late", link.step().name(), link.slipDays());
            String reason = first || link.addedDays() > 0 ? reason(link, first, reports) : null;
            if (first) {
                parts.add(reason == null ? step : step + "（" + reason + "）");
            } else if (link.addedDays() > 0) {
                parts.add(step + "（" + text("diagnosis.cause.added", link.addedDays())
                        + (reason == null ? "" : "：" + reason) + "）");
            } else {
                parts.add(step);
            }
        }
        return String.join(" → ", parts);
    }

    /** The latest message about the step; else a standing fact about it. */
    private static Optional<Report> latestAbout(String code, List<Report> reports) {
        Optional<Report> message = reports.stream().filter(r -> r.at() != null && r.concerns(code))
                .max(Comparator.comparing(Report::at));
        return message.isPresent() ? message : reports.stream().filter(r -> r.at() == null && r.concerns(code))
                .findFirst();
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    private String text(String key, Object... args) {
        return texts.getMessage(key, args, Locale.ROOT);
    }
}
