package com.threadline.notification;

import com.threadline.live.LiveHub;
import com.threadline.web.InvalidRequestException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The in-app inbox. Until sign-in arrives (issue 5) the reader names themselves with {@code user}. */
@RestController
@RequestMapping("/api/inbox")
@Validated
class InboxController {

    private final Inbox inbox;
    private final LiveHub hub;

    InboxController(Inbox inbox, LiveHub hub) {
        this.inbox = inbox;
        this.hub = hub;
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

    /** New messages and unread counts as they happen; the stream starts with the unread count. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String user) throws IOException {
        if (user == null || user.isBlank()) {
            throw InvalidRequestException.of("user", "must name whose inbox to stream");
        }
        SseEmitter stream = hub.subscribe(user);
        stream.send(SseEmitter.event().name(InboxPush.UNREAD)
                .data(new InboxPush.Unread(inbox.unreadCount(user)), MediaType.APPLICATION_JSON));
        return stream;
    }

    @PostMapping("/{id}/read")
    InboxMessage markRead(@PathVariable Long id) {
        return inbox.markRead(id);
    }
}
