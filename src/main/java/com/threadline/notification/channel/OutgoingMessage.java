package com.threadline.notification.channel;

/**
 * One notification of one exception. {@code title} names the order and the exception; {@code text} is plain
 * Chinese: order, exception, grade, what is late by how much, deadline; {@code link} opens the one-click confirm
 * page.
 */
public record OutgoingMessage(long exceptionId, int round, String priority, String title, String text, String link) {
}
