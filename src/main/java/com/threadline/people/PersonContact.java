package com.threadline.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * How to reach one person, keyed by their Camunda user id. Updates write only the columns that changed, so an
 * edit of the contact and a heartbeat at the same moment do not overwrite each other.
 */
@Entity
@DynamicUpdate
public class PersonContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    private String displayName;
    private String mobile;
    private String email;
    private String dingtalkUserId;
    private String wecomUserId;
    private String feishuUserId;
    @Enumerated(EnumType.STRING)
    private InstantMessenger preferredIm;
    private Instant lastHeartbeatAt;
    private Instant busyUntil;

    protected PersonContact() {
    }

    PersonContact(String userId, String displayName) {
        this.userId = userId;
        this.displayName = displayName;
    }

    void update(ContactDetails details) {
        this.displayName = details.displayName();
        this.mobile = details.mobile();
        this.email = details.email();
        this.dingtalkUserId = details.dingtalkUserId();
        this.wecomUserId = details.wecomUserId();
        this.feishuUserId = details.feishuUserId();
        this.preferredIm = details.preferredIm();
    }

    void heartbeat(Instant at) {
        this.lastHeartbeatAt = at;
    }

    void busyUntil(Instant until) {
        this.busyUntil = until;
    }

    public Presence presenceAt(Instant now, Duration onlineWindow) {
        return Presence.of(lastHeartbeatAt, busyUntil, now, onlineWindow);
    }

    ContactDetails details() {
        return new ContactDetails(userId, displayName, mobile, email, dingtalkUserId, wecomUserId, feishuUserId,
                preferredIm);
    }

    public String getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getDingtalkUserId() {
        return dingtalkUserId;
    }

    public String getWecomUserId() {
        return wecomUserId;
    }

    public String getFeishuUserId() {
        return feishuUserId;
    }

    public InstantMessenger getPreferredIm() {
        return preferredIm;
    }

    public Instant getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public Instant getBusyUntil() {
        return busyUntil;
    }
}
