package com.threadline.notification;

import com.threadline.notification.channel.Channel;

/** What is sent at most once: one round of one exception's alert to one person on one channel. */
public record DeliveryKey(long exceptionId, int round, String recipient, Channel channel) {

    DeliveryKey on(Channel other) {
        return new DeliveryKey(exceptionId, round, recipient, other);
    }
}
