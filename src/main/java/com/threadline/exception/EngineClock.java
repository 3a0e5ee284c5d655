package com.threadline.exception;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time the process engine's timers run on. The response loop compares its own moments (when someone was last
 * alerted, when a snooze ends) on this clock, so they agree with the timers that wake it; in production it is the
 * system clock.
 */
final class EngineClock {

    private EngineClock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
