package com.threadline.exception;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A measure taken against an exception; one that moves a milestone re-forecasts the order's plan. */
@Entity
public class ExceptionAction {

    public enum Kind {
        BACKUP_SUPPLIER,
        RESCHEDULE,
        SWITCH_LOGISTICS,
        OVERTIME,
        OUTSOURCE,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String description;
    private String milestoneCode;
    private LocalDate newDate;
    private String evidenceUrl;
    private String takenBy;
    private Instant takenAt;

    protected ExceptionAction() {
    }

    ExceptionAction(Kind kind, String description, String milestoneCode, LocalDate newDate, String evidenceUrl,
            String takenBy, Instant takenAt) {
        this.kind = kind;
        this.description = description;
        this.milestoneCode = milestoneCode;
        this.newDate = newDate;
        this.evidenceUrl = evidenceUrl;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getMilestoneCode() {
        return milestoneCode;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
