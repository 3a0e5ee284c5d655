package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.people.ContactDetails;
import com.threadline.people.People;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to one person on the channels {@link ChannelChoice} picks, each at most once per (exception,
 * round, person, channel). When a channel finally fails, the next channel the person can be reached on that was
 * not chosen takes over (their IM, SMS, voice, email). The inbox always gets the alert; a P0/P1 that reached no
 * remote channel is an {@link UndeliveredAlert}, unless no remote channel is configured at all (an inbox-only
 * installation, as in development).
 */
@Component
class ChannelNotifier implements Notifier {

    private static final List<Channel> FALLBACKS_AFTER_IM = List.of(Channel.SMS, Channel.VOICE, Channel.EMAIL);

    private final ChannelDelivery delivery;
    private final People people;
    private final ChannelChoice choice;
    private final ChannelChoiceSettings choiceSettings;

    ChannelNotifier(ChannelDelivery delivery, People people, ChannelChoice choice,
            ChannelChoiceSettings choiceSettings) {
        this.delivery = delivery;
        this.people = people;
        this.choice = choice;
        this.choiceSettings = choiceSettings;
    }

    @Override
    public void send(Notification n) {
        ContactDetails contact = people.contactOf(n.recipient());
        Recipient to = contact.asRecipient();
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
                delivery.sendInApp(key, to, message);
                continue;
            }
            remoteChosen = true;
            boolean delivered = delivery.deliver(key.on(channel), to, message, failures);
            while (!delivered && !fallbacks.isEmpty()) {
                delivered = delivery.deliver(key.on(fallbacks.poll()), to, message, failures);
            }
            remoteDelivered |= delivered;
        }
        if (remoteChosen && !remoteDelivered && isUrgent(n.priority()) && delivery.anyRemoteChannelConfigured()) {
            throw new UndeliveredAlert(n, String.join("; ", failures));
        }
    }

    private Deque<Channel> fallbacksFor(ContactDetails contact, List<Channel> chosen, Recipient to) {
                Deque<Channel> fallbacks = new ArrayDeque<>();
        Stream.concat(Stream.of(choiceSettings.imOf(contact.preferredIm()).channel()), FALLBACKS_AFTER_IM.stream())
                .filter(channel -> !chosen.contains(channel) && delivery.whyUnreachable(channel, to) == null)
                .forEach(fallbacks::add);
        return fallbacks;
    }

    private static boolean isUrgent(String priority) {
        return "P0".equals(priority) || "P1".equals(priority);
    }
}
