package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelFailure;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.notification.channel.SendResult;
import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to one person on the channels {@link ChannelChoice} picks, each at most once per (exception,
 * round, person, channel) as the {@link DeliveryLog} records it. A channel is tried {@link Backoff#ATTEMPTS} times;
 * when it finally fails, the next channel the person can be reached on that was not chosen takes over (their IM,
 * SMS, voice, email). The inbox always gets the alert; a P0/P1 that reached no remote channel is an
 * {@link UndeliveredAlert}, unless no remote channel is configured at all (inbox-only installations).
 */
@Component
class ChannelNotifier implements Notifier {

    private static final List<Channel> FALLBACKS_AFTER_IM = List.of(Channel.SMS, Channel.VOICE, Channel.EMAIL);

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final People people;
    private final ChannelChoice choice;
    private final ChannelChoiceSettings choiceSettings;
    private final DeliveryLog log;

    ChannelNotifier(List<ChannelSender> senders, People people, ChannelChoice choice,
            ChannelChoiceSettings choiceSettings, DeliveryLog log) {
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.people = people;
        this.choice = choice;
        this.choiceSettings = choiceSettings;
        this.log = log;
    }

    @Override
    public void send(Notification n) {
        ContactDetails contact = people.contactOf(n.recipient());
        Recipient to = new Recipient(contact.userId(), contact.displayName(), contact.mobile(), contact.email(),
                contact.dingtalkUserId(), contact.wecomUserId(), contact.feishuUserId());
        OutgoingMessage message = new OutgoingMessage(n.exceptionId(), n.round(), n.priority(), n.title(), n.body(),
                n.link());
        DeliveryKey key = new DeliveryKey(n.exceptionId(), n.round(), n.recipient(), Channel.INBOX);
        List<Channel> chosen = choice.channelsFor(n.recipient(), n.priority(), n.round());
        Deque<Channel> fallbacks = fallbacksFor(contact, chosen, to);

        List<String> failures = new ArrayList<>();
        boolean remoteChosen = false;
        boolean remoteDelivered = false;
        for (Channel channel : chosen) {
            if (channel == Channel.INBOX) {
                sendInApp(key, to, message);
                continue;
            }
            remoteChosen = true;
            boolean delivered = deliver(key.on(channel), to, message, failures);
            while (!delivered && !fallbacks.isEmpty()) {
                delivered = deliver(key.on(fallbacks.poll()), to, message, failures);
            }
            remoteDelivered |= delivered;
        }
        if (remoteChosen && !remoteDelivered && isUrgent(n.priority()) && anyRemoteChannelConfigured()) {
            throw new UndeliveredAlert(n, String.join("; ", failures));
        }
    }

    /** The inbox message and its log row are written in the caller's transaction, together. */
    private void sendInApp(DeliveryKey key, Recipient to, OutgoingMessage message) {
        if (log.wasSent(key)) {
            return;
        }
        SendResult written = senders.get(Channel.INBOX).send(to, message);
        log.sentInApp(key, written.providerMessageId());
    }

    /** @return whether the provider has taken the message, now or in an earlier run of the same job */
    private boolean deliver(DeliveryKey key, Recipient to, OutgoingMessage message, List<String> failures) {
        if (log.wasSent(key)) {
            return true;
        }
        String unreachable = whyUnreachable(key.channel(), to);
        if (unreachable != null) {
            log.skipped(key, unreachable);
            failures.add(unreachable);
            return false;
        }
        ChannelSender sender = senders.get(key.channel());
        for (int attempt = 1; ; attempt++) {
            try {
                SendResult result = sender.send(to, message);
                log.sent(key, result.providerMessageId());
                return true;
            } catch (ChannelFailure failure) {
                log.failed(key, failure.reason());
                if (!failure.retryable() || attempt == Backoff.ATTEMPTS
                        || !Backoff.STANDARD.pause(attempt, failure.retryAfter())) {
                    failures.add(key.channel() + ": " + failure.reason());
                    return false;
                }
            }
        }
    }

    /** Why a channel cannot carry the alert without calling anyone, or null when it can. */
    private String whyUnreachable(Channel channel, Recipient to) {
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

    private Deque<Channel> fallbacksFor(ContactDetails contact, List<Channel> chosen, Recipient to) {
        InstantMessenger im = contact.preferredIm() != null ? contact.preferredIm() : choiceSettings.companyIm();
        Deque<Channel> fallbacks = new ArrayDeque<>();
        Stream.concat(Stream.of(im.channel()), FALLBACKS_AFTER_IM.stream())
                .filter(channel -> !chosen.contains(channel) && whyUnreachable(channel, to) == null)
                .forEach(fallbacks::add);
        return fallbacks;
    }

    private boolean anyRemoteChannelConfigured() {
        return senders.values().stream().anyMatch(s -> s.channel() != Channel.INBOX && s.isConfigured());
    }

    private static boolean isUrgent(String priority) {
        return "P0".equals(priority) || "P1".equals(priority);
    }
}
