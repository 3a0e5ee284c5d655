package com.threadline.alertanalytics;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert analytics for a period (company-zone days, both included); the GM and the administrator read it. */
@RestController
class AlertAnalyticsController {

    private final AlertAnalytics analytics;

    AlertAnalyticsController(AlertAnalytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/api/alert-analytics")
    AlertAnalytics.Report alertAnalytics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return analytics.of(from, to);
    }
}
