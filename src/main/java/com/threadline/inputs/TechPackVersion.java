package com.threadline.inputs;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A version of the order's tech pack (工艺单) and when it changed; a late change can upset production. */
@Entity
public class TechPackVersion implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private String version;
    private Instant changedAt;
    private String summary;
    @Embedded
    private Origin origin;

    protected TechPackVersion() {
    }

    TechPackVersion(Long orderId, String version, Instant changedAt, String summary, Origin origin) {
        this.orderId = orderId;
        this.version = version;
        this.changedAt = changedAt;
        this.summary = summary;
        this.origin = origin;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public String getVersion() {
        return version;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getSummary() {
        return summary;
    }

    public Origin getOrigin() {
        return origin;
    }
}
