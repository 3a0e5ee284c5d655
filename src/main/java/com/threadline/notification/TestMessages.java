package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.OutgoingMessage;
import com.threadline.notification.channel.Recipient;
import com.threadline.people.People;
import java.util.ArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A test message to one person on one channel, to check a channel's settings and a person's address. It is
 * logged under exception 0, one round per test, and goes through the same attempts as an alert.
 */
@Service
class TestMessages {

    static final long EXCEPTION_ID = 0;

    private final ChannelDelivery delivery;
    private final People people;
    private final NotificationDeliveryRepository deliveries;
    private final String baseUrl;

    TestMessages(ChannelDelivery delivery, People people,
            NotificationDeliveryRepository deliveries,
            @Value("${threadline.public-base-url:http://localhost:8080}") String baseUrl) {
        this.delivery = delivery;
        this.people = people;
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
    }

    /** Sends it and returns its row of the delivery log. */
    NotificationDelivery send(Channel channel, String userId) {
        Recipient to = Recipient.of(people.contactOf(userId));
        int round = deliveries.lastRound(EXCEPTION_ID, userId, channel) + 1;
        DeliveryKey key = new DeliveryKey(EXCEPTION_ID, round, userId, channel);
        OutgoingMessage message = new OutgoingMessage(EXCEPTION_ID, round, "P3", "Threadline 测试消息 test message",
                "这是一条测试消息，无需处理。This is a test of the " + channel + " channel; nothing to do.", baseUrl);
        if (channel == Channel.INBOX) {
            delivery.sendInApp(key, LoggedRound.nothing(), to, message);
        } else {
            delivery.deliver(key, LoggedRound.nothing(), to, message, new ArrayList<>());
        }
        return deliveries.find(key).orElseThrow();
    }
}
