package com.threadline.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each attempt to the delivery log in a transaction of its own, right after the provider answered: when the
 * job around it fails and rolls back, the log still knows what reached a provider and is not sent again.
 */
@Service
public class DeliveryLog {

    private final NotificationDeliveryRepository deliveries;
    private final Clock clock;

    DeliveryLog(NotificationDeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Read in the caller's transaction: it sees what earlier runs committed, and needs no second connection. */
    @Transactional(readOnly = true)
    public boolean wasSent(DeliveryKey key) {
        return deliveries.find(key).map(NotificationDelivery::isSent).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery sent(DeliveryKey key, String providerMessageId) {
        return write(key, (delivery, at) -> delivery.sent(providerMessageId, at));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery failed(DeliveryKey key, String error) {
        return write(key, (delivery, at) -> delivery.failed(error, at));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery skipped(DeliveryKey key, String reason) {
        return write(key, (delivery, at) -> delivery.skipped(reason, at));
    }

    /**
     * The in-app message is written in the caller's transaction, so its log row is too: both are kept or both
     * rolled back, and a retried job writes both again.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public NotificationDelivery sentInApp(DeliveryKey key, String inboxMessageId) {
        return write(key, (delivery, at) -> delivery.sent(inboxMessageId, at));
    }

    private NotificationDelivery write(DeliveryKey key, BiConsumer<NotificationDelivery, Instant> outcome) {
        Instant at = clock.instant();
        NotificationDelivery delivery = deliveries.find(key).orElseGet(() -> new NotificationDelivery(key, at));
        outcome.accept(delivery, at);
        return deliveries.save(delivery);
    }
}
