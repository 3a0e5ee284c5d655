package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The delivery of one round of one exception's alert to one person on one channel: its outcome so far, which keeps
 * it from being sent twice, and its read receipt. Each attempt is a {@link DeliveryAttempt} of its own.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDelivery {

    static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long exceptionId;
    private int round;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    private String providerMessageId;
    private String error;
    private Instant firstAttemptAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    private ReadVia readVia;

    protected NotificationDelivery() {
    }

    NotificationDelivery(DeliveryKey key, Instant at) {
        this.exceptionId = key.exceptionId();
        this.round = key.round();
        this.recipient = key.recipient();
        this.channel = key.channel();
        this.firstAttemptAt = at;
    }

    /** @return the attempt that reached the provider, to be saved with this row */
    DeliveryAttempt sent(String providerMessageId, Instant startedAt, Instant at) {
        attempted(at);
        this.status = DeliveryStatus.SENT;
        this.providerMessageId = providerMessageId;
        this.error = null;
        this.sentAt = at;
        return new DeliveryAttempt(this, attempts, status, providerMessageId, null, startedAt, at);
    }

    /** @return the failed attempt, to be saved with this row */
    DeliveryAttempt failed(String error, Instant startedAt, Instant at) {
        attempted(at);
        notSent(error);
        return new DeliveryAttempt(this, attempts, status, null, this.error, startedAt, at);
    }

    /** Not sent, and no call made: the channel is off or the person has no address on it. */
    void skipped(String reason, Instant at) {
        lastAttemptAt = at;
        notSent(reason);
    }

    private void attempted(Instant at) {
        attempts++;
        lastAttemptAt = at;
    }

    private void notSent(String why) {
        this.status = DeliveryStatus.FAILED;
        this.error = why == null || why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH);
    }

    public boolean isSent() {
        return status == DeliveryStatus.SENT;
    }

    public Long getId() {
        return id;
    }

    public long getExceptionId() {
        return exceptionId;
    }

    public int getRound() {
        return round;
    }

    public String getRecipient() {
        return recipient;
    }

    public Channel getChannel() {
        return channel;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getError() {
        return error;
    }

    public Instant getFirstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public ReadVia getReadVia() {
        return readVia;
    }
}
