package com.threadline.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Whether a person can be reached at their desk: online while the in-app heartbeat is younger than the online
 * window, busy while they said so, unknown until the first heartbeat, offline otherwise.
 */
public enum Presence {
    ONLINE, BUSY, OFFLINE, UNKNOWN;

    /** Busy wins over the heartbeat until {@code busyUntil} (exclusive); a heartbeat a window old is offline. */
    static Presence of(Instant lastHeartbeatAt, Instant busyUntil, Instant now, Duration onlineWindow) {
        if (busyUntil != null && now.isBefore(busyUntil)) {
            return BUSY;
        }
        if (lastHeartbeatAt == null) {
            return UNKNOWN;
        }
        return Duration.between(lastHeartbeatAt, now).compareTo(onlineWindow) < 0 ? ONLINE : OFFLINE;
    }

    /** The value decisions/notification-channels.dmn reads: online, busy, offline, unknown. */
    public String decisionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
