package com.threadline.notification;

/** A person's inbox changed: a message arrived ({@code added}), or messages were read ({@code added} null). */
public record InboxChanged(String recipient, InboxMessage added) {

    static InboxChanged read(String recipient) {
        return new InboxChanged(recipient, null);
    }
}
