package com.threadline.exception;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/** A measure taken against an exception; one that moves a milestone re-forecasts the order's plan. */
@Entity
public class ExceptionAction implements AuditedByOrder {

    public enum Kind {
        BACKUP_SUPPLIER("启用备用供应商"),
        RESCHEDULE("调整排期"),
        SWITCH_LOGISTICS("更换物流方式"),
        OVERTIME("加班"),
        OUTSOURCE("外发"),
        OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Written by the exception's {@code actions} mapping; read here for the audit trail. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "exception_id", insertable = false, updatable = false)
    private OrderException exception;
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

    void takenOn(OrderException exception) {
        this.exception = exception;
    }

    @Override
    public Long getOrderId() {
        return exception.getOrderId();
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
