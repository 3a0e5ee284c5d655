package com.threadline.exception;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Whoever confirmed quiets the loop until {@code snoozedUntil}, for a reason. A late-plan escalation that falls in
 * it is held ({@code latePlanHeld}) and made when the snooze ends, after the snoozer is reminded.
 */
@Embeddable
public class Snooze {

    private Instant snoozedUntil;
    private String snoozedBy;
    private String snoozeReason;
    private boolean latePlanHeld;

    boolean isOn(Instant at) {
        return snoozedUntil != null && at.isBefore(snoozedUntil);
    }

    void start(Instant until, String by, String reason) {
        snoozedUntil = until;
        snoozedBy = by;
        snoozeReason = reason;
    }

    void holdLatePlan() {
        latePlanHeld = true;
    }

    /** @return whether a late-plan escalation was held and is now due */
    boolean end() {
        boolean held = latePlanHeld;
        latePlanHeld = false;
        return held;
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public String getSnoozedBy() {
        return snoozedBy;
    }

    public String getSnoozeReason() {
        return snoozeReason;
    }
}
