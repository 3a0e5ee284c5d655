package com.threadline.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.notification.channel.WeComSender;
import com.threadline.notification.channel.WeComSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The application's notifier with one remote channel, WeCom, whose provider nobody answers for: for tests
 * outside this package of what an alert that reaches nobody does.
 */
public final class DownChannels {

    private DownChannels() {
    }

    public static Notifier notifier(ApplicationContext beans) {
        Clock clock = beans.getBean(Clock.class);
        WeComSender wecom = new WeComSender(new WeComSettings(closedPort(), "ww-corp", "secret", 1000002L,
                Duration.ofSeconds(1), Duration.ofSeconds(1)), new ObjectMapper(), clock);
        ChannelDelivery delivery = new ChannelDelivery(List.of(beans.getBean(InboxSender.class), wecom),
                beans.getBean(DeliveryLog.class), clock, beans.getBean(AlertMetrics.class));
        return new ChannelNotifier(delivery, beans.getBean(ChannelChoice.class), beans.getBean(VoiceCap.class));
    }

    /** An address where nothing listens: connecting is refused at once. */
    static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://localhost:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
