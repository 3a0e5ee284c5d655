package com.threadline.inputs;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A booking, departure or arrival as expected or as it happened; each report is kept, the latest counts. */
@Entity
public class LogisticsEvent implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private LogisticsEventKind kind;
    private Instant expectedAt;
    private Instant actualAt;
    private String reference;
    @Embedded
    private Origin origin;

    protected LogisticsEvent() {
    }

    LogisticsEvent(Long orderId, LogisticsEventKind kind, Instant expectedAt, Instant actualAt, String reference,
            Origin origin) {
        this.orderId = orderId;
        this.kind = kind;
        this.expectedAt = expectedAt;
        this.actualAt = actualAt;
        this.reference = reference;
        this.origin = origin;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public LogisticsEventKind getKind() {
        return kind;
    }

    public Instant getExpectedAt() {
        return expectedAt;
    }

    public Instant getActualAt() {
        return actualAt;
    }

    public String getReference() {
        return reference;
    }

    public Origin getOrigin() {
        return origin;
    }
}
