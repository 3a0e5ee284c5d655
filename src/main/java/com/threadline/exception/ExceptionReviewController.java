package com.threadline.exception;

import com.threadline.exception.ExceptionStatistics.Statistics;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review (复盘) of closed exceptions: one exception's report as JSON, a printable page or a PDF, and
 * statistics over many. An exception still being handled has no report yet (409).
 */
@RestController
@RequestMapping("/api/exceptions")
class ExceptionReviewController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReviewReports reports;
    private final ReviewReportPage page;
    private final ReviewReportPdf pdf;
    private final ExceptionStatistics statistics;

    ExceptionReviewController(ReviewReports reports, ReviewReportPage page, ReviewReportPdf pdf,
            ExceptionStatistics statistics) {
        this.reports = reports;
        this.page = page;
        this.pdf = pdf;
        this.statistics = statistics;
    }

    @GetMapping("/{id}/review")
    ReviewReport review(@PathVariable Long id) {
        return reports.of(id);
    }

    @GetMapping("/{id}/review.html")
    ResponseEntity<byte[]> reviewPage(@PathVariable Long id) {
        byte[] html = page.render(reports.of(id)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(HTML_UTF8).body(html);
    }

    @GetMapping("/{id}/review.pdf")
    ResponseEntity<byte[]> reviewPdf(@PathVariable Long id) {
        byte[] document = pdf.render(page.render(reports.of(id)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("review-" + id + ".pdf").build().toString())
                .body(document);
    }

    /** {@code from}, {@code to}: the days (inclusive) the exceptions were closed on, in the company's time zone. */
    @GetMapping("/statistics")
    Statistics statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String factory, @RequestParam(required = false) String supplier) {
        return statistics.of(from, to, factory, supplier);
    }
}
