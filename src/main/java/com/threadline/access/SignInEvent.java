package com.threadline.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry of the security audit trail. */
@Entity
public class SignInEvent {

    /** What happened. */
    public enum Kind {
        /** a wrong login or password */
        FAILED,
        /** a login or address reached its limit of failures */
        LOCKED,
        /** a sign-in refused, whatever the password, while its login or address was locked */
        REFUSED,
        /** the administrator lifted a lock */
        UNLOCKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Kind event;
    private String login;
    private String address;
    private String doneBy;

    protected SignInEvent() {
    }

    SignInEvent(Instant at, Kind event, String login, String address, String doneBy) {
        this.at = at;
        this.event = event;
        this.login = login;
        this.address = address;
        this.doneBy = doneBy;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Kind getEvent() {
        return event;
    }

    public String getLogin() {
        return login;
    }

    public String getAddress() {
        return address;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
