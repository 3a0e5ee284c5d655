package com.threadline.alertanalytics;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's alert-analytics page ({@code /alert-analytics}). */
@Controller
class AlertAnalyticsPageController {

    @GetMapping("/alert-analytics")
    String alertAnalytics() {
        return "alert-analytics";
    }
}
