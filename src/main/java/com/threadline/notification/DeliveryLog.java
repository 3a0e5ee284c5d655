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
    LoggedRound logged(DeliveryKey key) {
        return new LoggedRound(deliveries.ofRound(key.exceptionId(), key.round(), key.recipient()));
    }

    /** @param startedAt when the provider was called */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(DeliveryKey key, LoggedRound logged, Instant startedAt, String providerMessageId) {
        attempted(key, logged, (delivery, at) -> delivery.sent(providerMessageId, startedAt, at));
    }

    /** @param startedAt when the provider was called */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(DeliveryKey key, LoggedRound logged, Instant startedAt, String error) {
        attempted(key, logged, (delivery, at) -> delivery.failed(error, startedAt, at));
    }

    /** No call was made, so no attempt is logged: only the delivery's reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void skipped(DeliveryKey key, LoggedRound logged, String reason) {
        Instant at = clock.instant();
        NotificationDelivery delivery = existingOrNew(key, logged, at);
        delivery.skipped(reason, at);
        logged.wrote(deliveries.save(delivery));
    }

    /**
     * The in-app message is written in the caller's transaction, so its log rows are too: all are kept or all
     * rolled back, and a retried job writes them again.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void sentInApp(DeliveryKey key, LoggedRound logged, Instant startedAt, String inboxMessageId) {
        attempted(key, logged, (delivery, at) -> delivery.sent(inboxMessageId, startedAt, at));
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

    private void attempted(DeliveryKey key, LoggedRound logged,
            BiFunction<NotificationDelivery, Instant, DeliveryAttempt> outcome) {
        Instant at = clock.instant();
        NotificationDelivery delivery = existingOrNew(key, logged, at);
        DeliveryAttempt attempt = outcome.apply(delivery, at);
        logged.wrote(deliveries.save(delivery));
        attempts.save(attempt);
    }

    /** A row read in another transaction is read again here by its id, so that this one writes its latest state. */
    private NotificationDelivery existingOrNew(DeliveryKey key, LoggedRound logged, Instant at) {
        NotificationDelivery known = logged.on(key.channel());
        return known == null ? new NotificationDelivery(key, at) : deliveries.findById(known.getId()).orElseThrow();
    }
}
