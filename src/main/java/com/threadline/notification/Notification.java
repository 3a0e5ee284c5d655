package com.threadline.notification;

/**
 * One message to one person. {@code round} counts re-notifications of the same exception: round 1 is the
 * first alert, each reminder or escalation is a new round; (exception, recipient, round) is sent once.
 */
public record Notification(String recipient, Long exceptionId, int round, String priority, String title,
        String body, String link) {
}
