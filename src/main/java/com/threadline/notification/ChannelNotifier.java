package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to one person on the channels {@link ChannelChoice} picks, each at most once per (exception,
 * round, person, channel). When a channel finally fails, the next fallback of {@link ChannelChoice.Plan} that the
 * person can be reached on takes over (their IM, SMS, voice, email; at quiet hours no SMS or voice for P2/P3).
 * No more voice calls ring a person in an hour than {@link VoiceCap} allows. The inbox always gets the alert; a P0/P1 that reached no remote channel is an {@link UndeliveredAlert}, unless no
 * remote channel is configured at all (an inbox-only installation, as in development). The person is read once.
 */
@Component
class ChannelNotifier implements Notifier {

    private final ChannelDelivery delivery;
    private final ChannelChoice choice;
    private final VoiceCap voiceCap;

    ChannelNotifier(ChannelDelivery delivery, ChannelChoice choice, VoiceCap voiceCap) {
        this.voiceCap = voiceCap;
        this.delivery = delivery;
        this.choice = choice;
    }

    @Override
    public void send(Notification n) {
        ChannelChoice.Plan plan = voiceCap.apply(choice.planFor(n.recipient(), n.priority(), n.round()),
                n.recipient());
        Recipient to = Recipient.of(plan.person().contact());
        OutgoingMessage message = new OutgoingMessage(n.exceptionId(), n.round(), n.priority(), n.title(), n.body(),
                n.link());
        DeliveryKey key = new DeliveryKey(n.exceptionId(), n.round(), n.recipient(), Channel.INBOX);
        Deque<Channel> fallbacks = plan.fallbacks().stream()
                .filter(channel -> delivery.whyUnreachable(channel, to) == null)
                .collect(Collectors.toCollection(ArrayDeque::new));
        LoggedRound logged = delivery.logged(key);

        List<String> failures = new ArrayList<>();
        boolean remoteChosen = false;
        boolean remoteDelivered = false;
        for (Channel channel : plan.channels()) {
            if (channel == Channel.INBOX) {
                delivery.sendInApp(key, logged, to, message);
                continue;
            }
            remoteChosen = true;
            boolean delivered = delivery.deliver(key.on(channel), logged, to, message, failures);
            while (!delivered && !fallbacks.isEmpty()) {
                delivered = delivery.deliverInstead(key.on(fallbacks.poll()), logged, to, message,
                        failures);
            }
            remoteDelivered |= delivered;
        }
        if (remoteChosen && !remoteDelivered && isUrgent(n.priority()) && delivery.anyRemoteChannelConfigured()) {
            throw new UndeliveredAlert(n, String.join("; ", failures));
        }
    }

    private static boolean isUrgent(String priority) {
        return "P0".equals(priority) || "P1".equals(priority);
    }
}
