package com.threadline.exception;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What was decided when the exception was closed while its condition still held: accept a new due date (a change
 * request, {@code changeRequestId}) or watch again from {@code watchFrom}. Until then the monitor opens a new
 * exception for the same condition only when it is worse than {@code closedDelayDays}.
 */
@Embeddable
public class ClosingDecision {

    public enum Kind {
        NEW_DUE_DATE, WATCH_FROM
    }

    @Enumerated(EnumType.STRING)
    private Kind closeDecision;
    private LocalDate watchFrom;
    private Integer closedDelayDays;
    private Long changeRequestId;

    protected ClosingDecision() {
    }

    ClosingDecision(Kind kind, LocalDate watchFrom, int delayDays, Long changeRequestId) {
        this.closeDecision = kind;
        this.watchFrom = watchFrom;
        this.closedDelayDays = delayDays;
        this.changeRequestId = changeRequestId;
    }

    public Kind getCloseDecision() {
        return closeDecision;
    }

    public LocalDate getWatchFrom() {
        return watchFrom;
    }

    public Integer getClosedDelayDays() {
        return closedDelayDays;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }
}
