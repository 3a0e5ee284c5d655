package com.threadline.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/** The failed sign-ins in a row of one login or one client address, and until when it is locked. */
@Entity
public class SignInLock {

    /** What is counted. */
    public enum Kind {
        LOGIN, ADDRESS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind subjectKind;
    private String subject;
    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected SignInLock() {
    }

    SignInLock(Kind subjectKind, String subject) {
        this.subjectKind = subjectKind;
        this.subject = subject;
    }

    /**
     * Counts a failure; failures older than {@code window} and an ended lock are forgotten first. True when this
     * failure locks the subject.
     */
    boolean fail(Instant now, int limit, Duration lockFor, Duration window) {
        if (lastFailureAt != null && lastFailureAt.plus(window).isBefore(now)
                || lockedUntil != null && !lockedUntil.isAfter(now)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Kind getSubjectKind() {
        return subjectKind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
