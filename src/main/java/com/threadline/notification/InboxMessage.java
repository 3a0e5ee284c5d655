package com.threadline.notification;

import com.threadline.notification.channel.OutgoingMessage;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message in a person's in-app inbox; reading it is what stops the 15-minute reminders. */
@Entity
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private Long exceptionId;
    private int round;
    private String priority;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected InboxMessage() {
    }

    InboxMessage(String recipient, OutgoingMessage message, Instant createdAt) {
        this.recipient = recipient;
        this.exceptionId = message.exceptionId();
        this.round = message.round();
        this.priority = message.priority();
        this.title = message.title();
        this.body = message.text();
        this.link = message.link();
        this.createdAt = createdAt;
    }

    /** A notice that belongs to no exception, such as a reminder to decide an approval. */
    InboxMessage(String recipient, String title, String body, String link, Instant createdAt) {
        this.recipient = recipient;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getExceptionId() {
        return exceptionId;
    }

    public int getRound() {
        return round;
    }

    public String getPriority() {
        return priority;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
