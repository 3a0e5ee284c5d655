package com.threadline.notification;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The hours at night (免打扰时段) in which low-priority alerts must not ring or text, written {@code 22:00-07:00}:
 * from the start (inclusive) to the end (exclusive), across midnight when the end is earlier. Empty: none.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Parses {@code HH:mm-HH:mm}; Spring binds {@code threadline.notification.quiet-hours} with it. */
    public static QuietHours of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.trim().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("quiet hours must read HH:mm-HH:mm, like 22:00-07:00: " + text);
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quiet hours must read HH:mm-HH:mm, like 22:00-07:00: " + text, e);
        }
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return start.equals(end) ? "" : start + "-" + end;
    }
}
