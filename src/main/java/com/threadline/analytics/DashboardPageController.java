package com.threadline.analytics;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The GM's dashboard page ({@code /dashboard}); its charts load from {@link DashboardController}. */
@Controller
class DashboardPageController {

    @GetMapping("/dashboard")
    String page() {
        return "dashboard";
    }
}
