package com.threadline.notification;

/** Reaches a person. Implementations must be idempotent per (exception, recipient, round). */
public interface Notifier {

    void send(Notification notification);
}
