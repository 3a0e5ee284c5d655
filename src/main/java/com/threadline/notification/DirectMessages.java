package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A message that belongs to no exception (a buyer's sign-in code, a buyer's step email) to someone outside the
 * company, on one channel: logged under exception 0 like a test message, one round per message.
 */
@Service
public class DirectMessages {

    private final ChannelDelivery delivery;
    private final DeliveryLog log;
    private final NotificationDeliveryRepository deliveries;

    DirectMessages(ChannelDelivery delivery, DeliveryLog log, NotificationDeliveryRepository deliveries) {
        this.delivery = delivery;
        this.log = log;
        this.deliveries = deliveries;
    }

    /**
     * @param unsentNote what the delivery log shows when the channel is not configured (the demo shows the code
     *         there), or null to log only that it was not sent
     * @return whether the provider took it
     */
    public boolean send(Channel channel, Recipient to, String title, String text, String link, String unsentNote) {
        int round = deliveries.lastRound(TestMessages.EXCEPTION_ID, to.userId(), channel) + 1;
        DeliveryKey key = new DeliveryKey(TestMessages.EXCEPTION_ID, round, to.userId(), channel);
        if (unsentNote != null && delivery.whyUnreachable(channel, to) != null) {
            log.skipped(key, LoggedRound.nothing(), delivery.whyUnreachable(channel, to) + "; " + unsentNote);
            return false;
        }
        List<String> failures = new ArrayList<>();
        return delivery.deliver(key, LoggedRound.nothing(), to,
                new OutgoingMessage(TestMessages.EXCEPTION_ID, round, "P3", title, text, link), failures);
    }
}
