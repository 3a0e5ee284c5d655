package com.threadline.buyer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding window, kept in memory: a restart forgives, which is
 * fine for limits that only slow guessing down (a code dies after 5 tries and 5 minutes anyway).
 */
final class Throttle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for the key; false (and not counted) when the key has had its limit already. */
    boolean allow(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        boolean[] allowed = {false};
        events.compute(key, (k, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
                recent.pollFirst();
            }
            if (recent.size() < limit) {
                recent.addLast(now);
                allowed[0] = true;
            }
            return recent;
        });
        if (events.size() > 100_000) {
            events.entrySet().removeIf(e -> e.getValue().isEmpty()
                    || !e.getValue().peekLast().isAfter(since));
        }
        return allowed[0];
    }
}
