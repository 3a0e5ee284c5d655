package com.threadline.notification;

import java.time.Instant;

/**
 * A message as the inbox page shows it; {@code href} opens what it is about on this server (an alert's page for an
 * exception's message), whatever public address the message itself carries for IM and e-mail.
 */
public record InboxItem(Long id, String priority, String title, String body, Long exceptionId, String href,
        Instant createdAt, Instant readAt) {

    static InboxItem of(InboxMessage m) {
        return new InboxItem(m.getId(), m.getPriority(), m.getTitle(), m.getBody(), m.getExceptionId(),
                m.getExceptionId() != null ? "/exceptions/" + m.getExceptionId() : localPart(m.getLink()),
                m.getCreatedAt(), m.getReadAt());
    }

    /** A link to this server as a path, so it opens on whichever address the reader uses. */
    private static String localPart(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        int path = link.indexOf('/', link.indexOf("://") < 0 ? 0 : link.indexOf("://") + 3);
        return path < 0 ? "/" : link.substring(path);
    }
}
