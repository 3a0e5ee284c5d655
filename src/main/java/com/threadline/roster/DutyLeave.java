package com.threadline.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person away from {@code fromDate} to {@code toDate} (both included); their deputy stands in for them. */
@Entity
@Table(name = "duty_leave")
class DutyLeave {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String deputy;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected DutyLeave() {
    }

    DutyLeave(String userId, LocalDate fromDate, LocalDate toDate, String deputy, String reason, String createdBy,
            Instant createdAt) {
        this.userId = userId;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.deputy = deputy;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUserId() {
        return userId;
    }

    LocalDate getFromDate() {
        return fromDate;
    }

    LocalDate getToDate() {
        return toDate;
    }

    String getDeputy() {
        return deputy;
    }

    String getReason() {
        return reason;
    }
}
