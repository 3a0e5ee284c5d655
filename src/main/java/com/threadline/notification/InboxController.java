package com.threadline.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The in-app inbox. Until sign-in arrives (issue 5) the reader names themselves with {@code user}. */
@RestController
@RequestMapping("/api/inbox")
@Validated
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<InboxMessage> list(@RequestParam String user, @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return inbox.of(user, unreadOnly, limit);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@RequestParam String user) {
        return Map.of("unread", inbox.unreadCount(user));
    }

    @PostMapping("/{id}/read")
    InboxMessage markRead(@PathVariable Long id) {
        return inbox.markRead(id);
    }
}
