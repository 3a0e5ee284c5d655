package com.threadline.alertanalytics;

import com.threadline.calendar.WorkingCalendars;
import com.threadline.notification.QuietHours;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the hour an interruption came: sleep hours first (a call at 23:00 on a working day still woke someone),
 * then the company calendar's working time, else off hours.
 */
@Component
class InterruptionHours {

    private final WorkingCalendars calendars;
    private final QuietHours sleep;
    private final ZoneId zone;

    InterruptionHours(WorkingCalendars calendars,
            @Value("${threadline.alert-analytics.sleep-hours:22:00-07:00}") String sleepHours, Clock clock) {
        this.calendars = calendars;
        this.sleep = QuietHours.of(sleepHours);
        this.zone = clock.getZone();
    }

    HourKind of(Instant at) {
        if (sleep.contains(at.atZone(zone).toLocalTime())) {
            return HourKind.SLEEP;
        }
        return calendars.isWorkingTime(at) ? HourKind.WORKING : HourKind.OFF;
    }

    String sleepHours() {
        return sleep.toString();
    }
}
