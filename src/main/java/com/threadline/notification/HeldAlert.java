package com.threadline.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A routine alert raised outside working hours, waiting for the next working period. */
@Entity
@Table(name = "held_alert")
public class HeldAlert {

    private static final int BODY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long exceptionId;
    private String recipient;
    @Column(name = "round_no")
    private int round;
    private String priority;
    private String title;
    private String body;
    private String link;
    private Instant heldAt;
    private Instant releaseAt;
    private Instant releasedAt;
    private int mergedRounds;

    protected HeldAlert() {
    }

    HeldAlert(Notification n, Instant heldAt, Instant releaseAt) {
        this.exceptionId = n.exceptionId();
        this.recipient = n.recipient();
        this.round = n.round();
        this.priority = n.priority();
        this.title = n.title();
        this.body = n.body().length() <= BODY_LENGTH ? n.body() : n.body().substring(0, BODY_LENGTH);
        this.link = n.link();
        this.heldAt = heldAt;
        this.releaseAt = releaseAt;
    }

    /** A reminder of the same alert while it waits: it goes out once, in the morning, as the first one. */
    void merge() {
        mergedRounds++;
    }

    Notification notification() {
        return new Notification(recipient, exceptionId, round, priority, title, body, link);
    }

    void released(Instant at) {
        releasedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getExceptionId() {
        return exceptionId;
    }

    public String getRecipient() {
        return recipient;
    }

    public int getRound() {
        return round;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Instant getReleaseAt() {
        return releaseAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public int getMergedRounds() {
        return mergedRounds;
    }
}
