package com.threadline.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's user page ({@code /admin/users}) on the desk's layout; its API answers the administrator. */
@Controller
class UserPageController {

    @GetMapping("/admin/users")
    String users() {
        return "users";
    }

    /** The page's address before the desk had templates, kept for bookmarks and old links. */
    @GetMapping("/admin/users.html")
    String oldAddress() {
        return "redirect:/admin/users";
    }
}
