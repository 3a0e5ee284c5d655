package com.threadline.notification;

import com.threadline.access.SignedInUser;
import com.threadline.web.PageOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The in-app inbox of the signed-in user. */
@RestController
@RequestMapping("/api/inbox")
@Validated
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<InboxMessage> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return inbox.of(user.login(), unreadOnly, limit);
    }

    /** The inbox page's table: unread first, then newest; paged on the server. */
    @GetMapping("/messages")
    PageOf<InboxItem> page(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String priority,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inbox.page(user.login(), priority == null || priority.isBlank() ? null : priority, unreadOnly, page,
                size);
    }

    @PostMapping("/read-all")
    Map<String, Long> markAllRead(@AuthenticationPrincipal SignedInUser user) {
        int marked = inbox.markAllRead(user.login());
        return Map.of("marked", (long) marked, "unread", inbox.unreadCount(user.login()));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(@AuthenticationPrincipal SignedInUser user) {
        return Map.of("unread", inbox.unreadCount(user.login()));
    }

    @PostMapping("/{id}/read")
    InboxMessage markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return inbox.markRead(id, user.login());
    }
}
