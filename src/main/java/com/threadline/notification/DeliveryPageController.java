package com.threadline.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's delivery log page ({@code /admin/notifications}); its API answers the GM and the administrator. */
@Controller
class DeliveryPageController {

    @GetMapping("/admin/notifications")
    String deliveries() {
        return "notifications";
    }

    /** The page's address before the desk had templates, kept for bookmarks and old links. */
    @GetMapping("/admin/notifications.html")
    String oldAddress(HttpServletRequest request) {
        String query = request.getQueryString();
        return "redirect:/admin/notifications" + (query == null ? "" : "?" + query);
    }
}
