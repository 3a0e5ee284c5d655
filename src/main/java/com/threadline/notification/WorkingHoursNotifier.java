package com.threadline.notification;

import com.threadline.calendar.WorkingCalendars;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routine alerts (P2, P3) keep to the company's working hours: one raised outside them waits for the next working
 * period of the company calendar and is delivered then, never dropped; P0 and P1 go at once, day or night. While one
 * waits, further reminders of the same alert to the same person join it, so the morning brings one alert, not one
 * per quarter hour of the night. Inside working hours nothing is held and nothing is read from the database here.
 * {@code threadline.notification.routine-in-working-hours: false} sends routine alerts at any hour.
 */
@Primary
@Component
class WorkingHoursNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(WorkingHoursNotifier.class);

    static final Set<String> ROUTINE = Set.of("P2", "P3");

    private final ChannelNotifier channels;
    private final HeldAlertRepository held;
    private final WorkingCalendars calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean holdOutsideWorkingHours;

    WorkingHoursNotifier(ChannelNotifier channels, HeldAlertRepository held, WorkingCalendars calendars,
            TransactionTemplate transaction, Clock clock,
            @Value("${threadline.notification.routine-in-working-hours:true}") boolean holdOutsideWorkingHours) {
        this.channels = channels;
        this.held = held;
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
        this.holdOutsideWorkingHours = holdOutsideWorkingHours;
    }

    @Override
    public void send(Notification notification) {
        Instant now = clock.instant();
        if (!holdOutsideWorkingHours || !ROUTINE.contains(notification.priority()) || calendars.isWorkingTime(now)) {
            channels.send(notification);
            return;
        }
        HeldAlert waiting = held.findWaiting(notification.exceptionId(), notification.recipient())
                .orElseGet(() -> new HeldAlert(notification, now, calendars.nextWorkingStart(now)));
        if (waiting.getId() != null) {
            waiting.merge();
        }
        held.save(waiting);
    }

    /** Every minute: delivers what waited for a working period that has begun, each in its own transaction. */
    @Scheduled(fixedDelayString = "${threadline.notification.held-release-interval:PT1M}")
    public void releaseDue() {
        List<Long> due = held.findDueIds(clock.instant());
        for (Long id : due) {
            try {
                transaction.executeWithoutResult(status -> {
                    HeldAlert alert = held.findById(id).orElseThrow();
                    if (alert.getReleasedAt() == null) {
                        channels.send(alert.notification());
                        alert.released(clock.instant());
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Held alert {} could not go out ({}); the next run tries again", id, e.toString());
            }
        }
    }
}
