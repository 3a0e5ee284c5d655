package com.threadline.notification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's inbox page ({@code /inbox}): the signed-in user's messages; everyone has one. */
@Controller
class InboxPageController {

    @GetMapping("/inbox")
    String inbox() {
        return "inbox";
    }
}
