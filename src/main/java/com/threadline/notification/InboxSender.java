package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.notification.channel.SendResult;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The in-app inbox as a channel: always on, everyone has an address on it. The inbox message's id is the
 * provider's id. Writes in the caller's transaction; one message per (exception, recipient, round). A new
 * message is pushed to the person's open pages once that transaction commits ({@link InboxPush}).
 */
@Component
class InboxSender implements ChannelSender {

    private final InboxMessageRepository inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxSender(InboxMessageRepository inbox, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.events = events;
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
                message.round()).orElseGet(() -> added(new InboxMessage(to.userId(), message, clock.instant())));
        return new SendResult(String.valueOf(written.getId()));
    }

    private InboxMessage added(InboxMessage message) {
        InboxMessage saved = inbox.save(message);
        events.publishEvent(new InboxChanged(saved.getRecipient(), saved));
        return saved;
    }
}
