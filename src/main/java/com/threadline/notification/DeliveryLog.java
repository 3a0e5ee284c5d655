package com.threadline.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each attempt to the delivery log in a transaction of its own, right after the provider answered: its
 * {@link DeliveryAttempt} row and the update of its {@link NotificationDelivery} together. When the job around it
 * fails and rolls back, the log still knows what reached a provider and is not sent again.
 */
@Service
public class DeliveryLog {

    private final NotificationDeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final Clock clock;

    DeliveryLog(NotificationDeliveryRepository deliveries, DeliveryAttemptRepository attempts, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Read in the caller's transaction: it sees what earlier runs committed, and needs no second connection. */
    @Transactional(readOnly = true)
    public boolean wasSent(DeliveryKey key) {
        return deliveries.find(key).map(NotificationDelivery::isSent).orElse(false);
    }

    /** @param startedAt when the provider was called */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery sent(DeliveryKey key, Instant startedAt, String providerMessageId) {
        return attempted(key, (delivery, at) -> delivery.sent(providerMessageId, startedAt, at));
    }

    /** @param startedAt when the provider was called */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery failed(DeliveryKey key, Instant startedAt, String error) {
        return attempted(key, (delivery, at) -> delivery.failed(error, startedAt, at));
    }

    /** No call was made, so no attempt is logged: only the delivery's reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public NotificationDelivery skipped(DeliveryKey key, String reason) {
        Instant at = clock.instant();
        NotificationDelivery delivery = existingOrNew(key, at);
        delivery.skipped(reason, at);
        return deliveries.save(delivery);
    }

    /**
     * The in-app message is written in the caller's transaction, so its log rows are too: all are kept or all
     * rolled back, and a retried job writes them again.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public NotificationDelivery sentInApp(DeliveryKey key, Instant startedAt, String inboxMessageId) {
        return attempted(key, (delivery, at) -> delivery.sent(inboxMessageId, startedAt, at));
    }

    /** The deliveries with their attempts, oldest attempt first. */
    @Transactional(readOnly = true)
    public List<LoggedDelivery> withAttempts(List<NotificationDelivery> logged) {
        Map<Long, List<DeliveryAttempt>> byDelivery = logged.isEmpty() ? Map.of()
                : attempts.ofDeliveries(logged.stream().map(NotificationDelivery::getId).toList()).stream()
                        .collect(Collectors.groupingBy(DeliveryAttempt::getDeliveryId));
        return logged.stream()
                .map(d -> new LoggedDelivery(d, byDelivery.getOrDefault(d.getId(), List.of())))
                .toList();
    }

    private NotificationDelivery attempted(DeliveryKey key,
            BiFunction<NotificationDelivery, Instant, DeliveryAttempt> outcome) {
        Instant at = clock.instant();
        NotificationDelivery delivery = existingOrNew(key, at);
        DeliveryAttempt attempt = outcome.apply(delivery, at);
        NotificationDelivery saved = deliveries.save(delivery);
        attempts.save(attempt);
        return saved;
    }

    private NotificationDelivery existingOrNew(DeliveryKey key, Instant at) {
        return deliveries.find(key).orElseGet(() -> new NotificationDelivery(key, at));
    }
}
