package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code threadline.notification.voice-calls-per-hour} calls ring one person in any hour, whatever the
 * exceptions: a P0 reminder due meanwhile still goes by IM and SMS, only the phone stays silent. Counted from the
 * delivery log, so every node and every exception share the count.
 */
@Component
class VoiceCap {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final NotificationDeliveryRepository deliveries;
    private final int callsPerHour;
    private final Clock clock;

    VoiceCap(NotificationDeliveryRepository deliveries,
            @Value("${threadline.notification.voice-calls-per-hour:1}") int callsPerHour, Clock clock) {
        this.deliveries = deliveries;
        this.callsPerHour = callsPerHour;
        this.clock = clock;
    }

    /** The plan as it is, or without voice once the person's calls for the hour were made. */
    ChannelChoice.Plan apply(ChannelChoice.Plan plan, String recipient) {
        boolean wouldCall = plan.channels().contains(Channel.VOICE) || plan.fallbacks().contains(Channel.VOICE);
        if (!wouldCall || deliveries.voiceCallsSince(recipient, clock.instant().minus(WINDOW)) < callsPerHour) {
            return plan;
        }
        return plan.without(Channel.VOICE);
    }
}
