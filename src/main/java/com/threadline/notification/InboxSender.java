package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.notification.channel.SendResult;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The in-app inbox as a channel: always on, everyone has an address on it. The inbox message's id is the
 * provider's id. Writes in the caller's transaction; one message per (exception, recipient, round).
 */
@Component
class InboxSender implements ChannelSender {

    private final InboxMessageRepository inbox;
    private final Clock clock;

    InboxSender(InboxMessageRepository inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.INBOX;
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public SendResult send(Recipient to, OutgoingMessage message) {
        InboxMessage written = inbox.findByExceptionIdAndRecipientAndRound(message.exceptionId(), to.userId(),
                message.round()).orElseGet(() -> inbox.save(new InboxMessage(to.userId(), message, clock.instant())));
        return new SendResult(String.valueOf(written.getId()));
    }
}
