package com.threadline.live;

import com.threadline.notification.InboxChanged;
import com.threadline.notification.InboxMessage;
import com.threadline.notification.InboxMessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes a person's inbox to their open pages once the change is committed (a rolled-back alert job pushes
 * nothing): {@code inbox-message} with the new message and the unread count, {@code inbox-unread} with the count
 * after something was read.
 */
@Component
class InboxPush {

    private static final Logger LOG = LoggerFactory.getLogger(InboxPush.class);

    static final String MESSAGE = "inbox-message";
    static final String UNREAD = "inbox-unread";

    private final LiveHub hub;
    private final InboxMessageRepository messages;

    InboxPush(LiveHub hub, InboxMessageRepository messages) {
        this.hub = hub;
        this.messages = messages;
    }

    /**
     * After commit the count is read on the finished transaction's resources, as a read may; nothing is written.
     * A failure here must not reach the committed job or request, so it is only logged.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void push(InboxChanged change) {
        if (!hub.isSubscribed(change.recipient())) {
            return;
        }
        try {
            long unread = messages.countByRecipientAndReadAtIsNull(change.recipient());
            if (change.added() != null) {
                hub.publish(change.recipient(), MESSAGE, new NewMessage(change.added(), unread));
            } else {
                hub.publish(change.recipient(), UNREAD, new Unread(unread));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not push the inbox of {} to their open pages", change.recipient(), e);
        }
    }

    record NewMessage(InboxMessage message, long unread) {
    }

    record Unread(long unread) {
    }
}
