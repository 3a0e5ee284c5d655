package com.threadline.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person has seen an exception's alert: an alert seen anywhere is read everywhere. The receipt goes on every
 * delivery of the exception that reached them and is unread (the first receipt wins), and their inbox messages of
 * it become read. The 15-minute reminders go to those without any receipt.
 */
@Service
public class ReadReceipts {

    private final NotificationDeliveryRepository deliveries;
    private final InboxMessageRepository inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReadReceipts(NotificationDeliveryRepository deliveries, InboxMessageRepository inbox,
            ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(long exceptionId, String recipient, ReadVia via) {
        Instant now = clock.instant();
        deliveries.markRead(exceptionId, recipient, now, via);
        inbox.markExceptionRead(exceptionId, recipient, now);
        events.publishEvent(InboxChanged.read(recipient));
    }

    /** Marks several exceptions' alerts read by one person at once, and tells their pages once. */
    @Transactional
    public void recordAll(Collection<Long> exceptionIds, String recipient, ReadVia via) {
        Instant now = clock.instant();
        for (Long exceptionId : exceptionIds) {
            deliveries.markRead(exceptionId, recipient, now, via);
            inbox.markExceptionRead(exceptionId, recipient, now);
        }
        events.publishEvent(InboxChanged.read(recipient));
    }

    /** Who was alerted about the exception and has not read any of its alerts, on any channel, in any round. */
    @Transactional(readOnly = true)
    public List<String> unreadRecipients(long exceptionId) {
        return deliveries.unreadRecipients(exceptionId);
    }

    /** Everyone any round of the exception's alerts was meant for. */
    @Transactional(readOnly = true)
    public List<String> alertedRecipients(long exceptionId) {
        return deliveries.alertedRecipients(exceptionId);
    }

    /** The last round of the exception's alerts (0 before the first). */
    @Transactional(readOnly = true)
    public int lastRound(long exceptionId) {
        return deliveries.lastRound(exceptionId);
    }
}
