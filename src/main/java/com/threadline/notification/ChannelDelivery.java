package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelFailure;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.notification.channel.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Hands one message to one channel's provider at most once per {@link DeliveryKey}: {@link Backoff#ATTEMPTS}
 * attempts per run, each written to the {@link DeliveryLog} (when it started and how it ended) right after the
 * provider answered.
 */
@Component
class ChannelDelivery {

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryLog log;
    private final Clock clock;
    private final AlertMetrics metrics;

    ChannelDelivery(List<ChannelSender> senders, DeliveryLog log, Clock clock, AlertMetrics metrics) {
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.log = log;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** What the delivery log has of the key's round to its recipient, on every channel. */
    LoggedRound logged(DeliveryKey key) {
        return log.logged(key);
    }

    /** The inbox message and its log row are written in the caller's transaction, together. */
    void sendInApp(DeliveryKey key, LoggedRound logged, Recipient to, OutgoingMessage message) {
        if (logged.wasSent(key.channel())) {
            return;
        }
        Instant started = clock.instant();
        SendResult written = senders.get(Channel.INBOX).send(to, message);
        log.sentInApp(key, logged, started, written.providerMessageId());
        metrics.sent(Channel.INBOX, message.priority());
    }

    /**
     * @param logged what the delivery log has of the key's round to its recipient, updated with what this writes
     * @param failures collects why the channel did not take the message
     * @return whether the provider has taken the message, now or in an earlier run of the same job
     */
    boolean deliver(DeliveryKey key, LoggedRound logged, Recipient to, OutgoingMessage message,
            List<String> failures) {
        if (logged.wasSent(key.channel())) {
            return true;
        }
        String unreachable = whyUnreachable(key.channel(), to);
        if (unreachable != null) {
            log.skipped(key, logged, unreachable);
            failures.add(unreachable);
            return false;
        }
        ChannelSender sender = senders.get(key.channel());
        for (int attempt = 1; ; attempt++) {
            Instant started = clock.instant();
            try {
                SendResult result = sender.send(to, message);
                log.sent(key, logged, started, result.providerMessageId());
                metrics.sent(key.channel(), message.priority());
                return true;
            } catch (ChannelFailure failure) {
                log.failed(key, logged, started, failure.reason());
                metrics.failed(key.channel(), message.priority());
                if (!failure.retryable() || attempt == Backoff.ATTEMPTS
                        || !Backoff.STANDARD.pause(attempt, failure.retryAfter())) {
                    failures.add(key.channel() + ": " + failure.reason());
                    return false;
                }
            }
        }
    }

    /** {@link #deliver} on a fallback channel, after the chosen one failed. */
    boolean deliverInstead(DeliveryKey key, LoggedRound logged, Recipient to, OutgoingMessage message,
            List<String> failures) {
        metrics.fellBack(key.channel(), message.priority());
        return deliver(key, logged, to, message, failures);
    }

    /** Why a channel cannot carry a message to {@code to} without calling anyone, or null when it can. */
    String whyUnreachable(Channel channel, Recipient to) {
        ChannelSender sender = senders.get(channel);
        if (sender == null || !sender.isConfigured()) {
            return channel + " is not configured";
        }
        String address = to.addressOn(channel);
        if (address == null || address.isBlank()) {
            return channel + ": " + to.userId() + " has no address there";
        }
        return null;
    }

    boolean anyRemoteChannelConfigured() {
        return senders.values().stream().anyMatch(s -> s.channel() != Channel.INBOX && s.isConfigured());
    }
}
