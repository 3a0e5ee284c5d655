package com.threadline.notification.channel;

/** What the provider accepted, named by its own id (for read receipts and support tickets). */
public record SendResult(String providerMessageId) {
}
