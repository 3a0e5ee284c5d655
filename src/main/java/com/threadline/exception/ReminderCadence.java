package com.threadline.exception;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the unconfirmed are reminded: every {@code interval} until the escalation reaches the top of its chain,
 * then every {@code afterTopInterval} for {@code afterTopFor}, then no more (the exception stays open, in the inbox
 * and on the desk). {@code tolerance}: a person alerted this much less than an interval ago is due all the same,
 * so a job that ran a little late does not push everyone's next reminder a whole interval on.
 */
@ConfigurationProperties("threadline.exception.reminders")
record ReminderCadence(@DefaultValue("PT15M") Duration interval, @DefaultValue("PT2M") Duration tolerance,
        @DefaultValue("PT1H") Duration afterTopInterval, @DefaultValue("PT4H") Duration afterTopFor) {

    /** Who of the unread is due a reminder at {@code now}; {@code topReachedAt} null while escalation goes on. */
    List<String> due(Collection<String> unread, Map<String, Instant> alertedAt, Instant topReachedAt, Instant now) {
        if (topReachedAt != null && now.isAfter(topReachedAt.plus(afterTopFor).plus(tolerance))) {
            return List.of();
        }
        Duration every = (topReachedAt == null ? interval : afterTopInterval).minus(tolerance);
        return unread.stream()
                .filter(person -> {
                    Instant last = alertedAt.get(person);
                    return last == null || !now.isBefore(last.plus(every));
                })
                .toList();
    }
}
