package com.threadline.notification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One call to a channel's provider for one {@link NotificationDelivery}, numbered from 1 over all runs. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @JsonIgnore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id")
    private NotificationDelivery delivery;
    private int attemptNo;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private String providerMessageId;
    private String error;
    private Instant startedAt;
    private long durationMs;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(NotificationDelivery delivery, int attemptNo, DeliveryStatus status, String providerMessageId,
            String error, Instant startedAt, Instant finishedAt) {
        this.delivery = delivery;
        this.attemptNo = attemptNo;
        this.status = status;
        this.providerMessageId = providerMessageId;
        this.error = error;
        this.startedAt = startedAt;
        this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
    }

    @JsonIgnore
    public Long getDeliveryId() {
        return delivery.getId();
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getError() {
        return error;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** How long the provider took to answer. */
    public long getDurationMs() {
        return durationMs;
    }
}
