package com.threadline.exception;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of an exception's timeline: detected, notified, read, confirmed, escalated, closed... */
@Entity
public class ExceptionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String kind;
    private String actor;
    private String detail;

    protected ExceptionEvent() {
    }

    ExceptionEvent(Instant at, String kind, String actor, String detail) {
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
