package com.threadline.live;

import com.threadline.access.SignedInUser;
import com.threadline.notification.Inbox;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The signed-in user's one live stream, which every desk and phone page opens. */
@RestController
class InboxStreamController {

    private final Inbox inbox;
    private final LiveHub hub;

    InboxStreamController(Inbox inbox, LiveHub hub) {
        this.inbox = inbox;
        this.hub = hub;
    }

    /**
     * New messages and unread counts as they happen, and every other live event of the signed-in user (such as
     * order-changed); the stream starts with the unread count.
     */
    @GetMapping(path = "/api/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal SignedInUser user) throws IOException {
        SseEmitter stream = hub.subscribe(user.login());
        stream.send(SseEmitter.event().name(InboxPush.UNREAD)
                .data(new InboxPush.Unread(inbox.unreadCount(user.login())), MediaType.APPLICATION_JSON));
        return stream;
    }
}
