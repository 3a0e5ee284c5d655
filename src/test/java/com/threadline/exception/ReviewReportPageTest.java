package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.exception.ReviewReport.Deadline;
import com.threadline.exception.ReviewReport.DeliveryImpact;
import com.threadline.exception.ReviewReport.Header;
import com.threadline.exception.ReviewReport.Measures;
import com.threadline.exception.ReviewReport.Reader;
import com.threadline.exception.ReviewReport.Step;
import com.threadline.order.OrderStatus;
import com.threadline.plan.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable review page, rendered from a fixed report: its text is the one the page had when it was built
 * in Java strings (review/report-text.txt), values are escaped, and characters XML forbids are dropped so the
 * PDF renderer can read it.
 */
@SpringBootTest(classes = {ReviewReportPage.class, ReviewReportPageTest.FixedClock.class})
@ImportAutoConfiguration(ThymeleafAutoConfiguration.class)
class ReviewReportPageTest {

    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-05-20T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    private static final Pattern STYLE = Pattern.compile("<style>.*?</style>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Autowired
    ReviewReportPage page;

    @Test
    void saysWhatTheJavaBuiltPageSaid() throws IOException {
        String expected = new ClassPathResource("review/report-text.txt").getContentAsString(StandardCharsets.UTF_8);

        assertThat(text(page.render(report("减少一次<b>返工</b> & \"复核\"")))).isEqualTo(expected.strip());
    }

    @Test
    void escapesWhatPeopleTypedAndDropsWhatXmlForbids() {
        String html = page.render(report("<script>alert(1)</script>\u0000\u0007'x'\uD800"));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("\u0000").doesNotContain("\u0007").doesNotContain("\uD800");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\"/>");
    }

    static String text(String html) {
        String body = TAG.matcher(STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
        return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ").strip();
    }

    private static ReviewReport report(String lessons) {
        Instant detected = Instant.parse("2026-05-12T01:30:00Z");
        Header header = new Header(42L, "TL-2026-0042", "Nordic Outdoor AB", "Parka 2201", ExceptionType.MATERIAL_DELAY,
                ExceptionType.MATERIAL_DELAY.label(), "FAB-01 主面料", "主面料晚到 6 天", "预计 2026-05-18 到货，需求 2026-05-12",
                "P1", Stage.MATERIALS, "F01", "宁波一厂", "S02", "绍兴面料", "MERCHANDISER",
                List.of("跟单 Merchandiser", "采购 Purchasing"), 1, detected, Instant.parse("2026-05-19T09:00:00Z"), "王芳");
        List<Step> timeline = List.of(new Step(detected, "DETECTED", "发现 Detected", "系统", "面料延误"),
                new Step(detected.plusSeconds(60), "NOTIFIED", "通知 Notified", "系统", "企业微信、短信"),
                new Step(detected.plusSeconds(3600), "CONFIRMED", "确认处理 Confirmed", "王芳", null));
        List<Reader> readers = List.of(new Reader("王芳", detected.plusSeconds(60), detected.plusSeconds(1260), 20L),
                new Reader("李强", detected.plusSeconds(60), null, null));
        Deadline response = Deadline.of(detected, detected.plusSeconds(7200), detected.plusSeconds(3600), "王芳");
        Deadline plan = Deadline.of(detected, detected.plusSeconds(86_400), detected.plusSeconds(100_000), "王芳");
        ExceptionAction action = new ExceptionAction(ExceptionAction.Kind.BACKUP_SUPPLIER, "改由备用厂供货", "FAB_IN",
                LocalDate.parse("2026-05-16"), "https://files.example/qc.pdf", "王芳", detected.plusSeconds(90_000));
        Measures measures = new Measures("备用供应商补 2,000 米", "王芳", LocalDate.parse("2026-05-16"), List.of(action),
                "备用供应商 + 加班两天");
        DeliveryImpact impact = new DeliveryImpact(2, 6, LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-03"), 2,
                OrderStatus.values()[0], Stage.PRODUCTION);
        return new ReviewReport(header, timeline, readers, response, plan, measures, impact,
                "供应商染色批次不合格", lessons, Instant.parse("2026-05-20T08:00:00Z"));
    }
}
