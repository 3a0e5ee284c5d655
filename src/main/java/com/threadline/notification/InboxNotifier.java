package com.threadline.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Puts every notification in the recipient's in-app inbox (and the log). Always on. */
@Component
class InboxNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(InboxNotifier.class);

    private final InboxMessageRepository inbox;
    private final Clock clock;

    InboxNotifier(InboxMessageRepository inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        if (n.exceptionId() != null && inbox.existsByExceptionIdAndRecipientAndRound(n.exceptionId(), n.recipient(), n.round())) {
            return;
        }
        inbox.save(new InboxMessage(n, clock.instant()));
        log.info("Notified {} of exception {} (round {}, {}): {}", n.recipient(), n.exceptionId(), n.round(),
                n.priority(), n.title());
    }
}
