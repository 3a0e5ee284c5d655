package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery log's rows of one round of one alert to one person, by channel: read once for all of that person's
 * channels (not once per channel and again per write), and kept up to date as attempts are written.
 */
public final class LoggedRound {

    private final Map<Channel, NotificationDelivery> byChannel = new EnumMap<>(Channel.class);

    LoggedRound(List<NotificationDelivery> rows) {
        rows.forEach(this::wrote);
    }

    /** A round that has nothing logged yet (a new message). */
    public static LoggedRound nothing() {
        return new LoggedRound(List.of());
    }

    boolean wasSent(Channel channel) {
        NotificationDelivery row = byChannel.get(channel);
        return row != null && row.isSent();
    }

    /** The channel's row, or null when none was written yet. */
    NotificationDelivery on(Channel channel) {
        return byChannel.get(channel);
    }

    void wrote(NotificationDelivery row) {
        byChannel.put(row.getChannel(), row);
    }
}
