package com.threadline.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A manager's word: {@code userId} stands behind the role from {@code fromDate} to {@code toDate}, rotation or not. */
@Entity
@Table(name = "duty_override")
class DutyOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "role_id")
    private String role;
    private String userId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String reason;
    private String createdBy;
    private Instant createdAt;

    protected DutyOverride() {
    }

    DutyOverride(String role, String userId, LocalDate fromDate, LocalDate toDate, String reason, String createdBy,
            Instant createdAt) {
        this.role = role;
        this.userId = userId;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRole() {
        return role;
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

    String getReason() {
        return reason;
    }
}
