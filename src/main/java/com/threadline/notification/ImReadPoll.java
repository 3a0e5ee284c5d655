package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelFailure;
import com.threadline.notification.channel.ReadStatusSource;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the IMs that report reads (DingTalk, Feishu) about the alerts they took that nobody has read yet, and
 * records an IM read receipt for each one read. A provider that cannot be asked now is asked again next time.
 */
@Component
class ImReadPoll {

    private static final Logger LOG = LoggerFactory.getLogger(ImReadPoll.class);

    private final Map<Channel, ReadStatusSource> sources = new EnumMap<>(Channel.class);
    private final NotificationDeliveryRepository deliveries;
    private final ReadReceipts receipts;
    private final ReadPollSettings settings;
    private final Clock clock;

    ImReadPoll(List<ReadStatusSource> sources, NotificationDeliveryRepository deliveries, ReadReceipts receipts,
            ReadPollSettings settings, Clock clock) {
        sources.forEach(source -> this.sources.put(source.channel(), source));
        this.deliveries = deliveries;
        this.receipts = receipts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${threadline.notification.read-poll.interval:PT1M}",
            fixedDelayString = "${threadline.notification.read-poll.interval:PT1M}")
    void pollOnSchedule() {
        poll();
    }

    /** @return how many alerts (exception and person) were found read */
    int poll() {
        List<Channel> asked = sources.values().stream().filter(ReadStatusSource::isConfigured)
                .map(ReadStatusSource::channel).toList();
        if (asked.isEmpty()) {
            return 0;
        }
        List<NotificationDelivery> unread = deliveries.unreadSince(asked, clock.instant().minus(settings.lookback()),
                PageRequest.of(0, settings.batchSize()));
        Set<String> foundRead = new HashSet<>();
        for (NotificationDelivery delivery : unread) {
            String alert = delivery.getExceptionId() + "/" + delivery.getRecipient();
            if (!foundRead.contains(alert) && isRead(delivery)) {
                receipts.record(delivery.getExceptionId(), delivery.getRecipient(), ReadVia.IM);
                foundRead.add(alert);
            }
        }
        return foundRead.size();
    }

    private boolean isRead(NotificationDelivery delivery) {
        try {
            return sources.get(delivery.getChannel()).isRead(delivery.getProviderMessageId());
        } catch (ChannelFailure failure) {
            LOG.info("Could not ask {} whether message {} was read: {}", delivery.getChannel(),
                    delivery.getProviderMessageId(), failure.reason());
            return false;
        }
    }
}
