package com.threadline.alertanalytics;

import com.threadline.notification.DeliveryStatus;
import com.threadline.notification.channel.Channel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The grouped queries behind alert analytics. Test and direct messages (exception 0) are no alerts and are left out.
 */
@Component
class AlertLoadQueries {

    /** The exception id of deliveries that belong to no exception (test and direct messages). */
    private static final long NO_EXCEPTION = 0;

    private final EntityManager entities;

    AlertLoadQueries(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Each alert round that reached a person on a channel that interrupts (anything but the in-app inbox), once,
     * at the first moment one of its channels got through.
     */
    List<Interruption> interruptions(Instant from, Instant to) {
        return entities.createQuery("select d.recipient, min(d.sentAt) from NotificationDelivery d"
                        + " where d.status = :sent and d.channel <> :inbox and d.exceptionId <> :none"
                        + " and d.sentAt >= :from and d.sentAt < :to"
                        + " group by d.recipient, d.exceptionId, d.round", Object[].class)
                .setParameter("sent", DeliveryStatus.SENT).setParameter("inbox", Channel.INBOX)
                .setParameter("none", NO_EXCEPTION).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(row -> new Interruption((String) row[0], (Instant) row[1])).toList();
    }

    /** Voice calls and text messages that went out, per person and channel. */
    List<ChannelCount> callsAndTexts(Instant from, Instant to) {
        return entities.createQuery("select d.recipient, d.channel, count(d) from NotificationDelivery d"
                        + " where d.status = :sent and d.channel in :channels and d.exceptionId <> :none"
                        + " and d.sentAt >= :from and d.sentAt < :to group by d.recipient, d.channel", Object[].class)
                .setParameter("sent", DeliveryStatus.SENT).setParameter("channels", List.of(Channel.VOICE, Channel.SMS))
                .setParameter("none", NO_EXCEPTION).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new ChannelCount((String) row[0], (Channel) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * Per grade, of the exceptions raised in the window: how many, how many have a response deadline that is
     * settled (confirmed, or the deadline has passed by {@code now}), and how many were confirmed by their deadline.
     */
    List<GradeCount> confirmations(Instant from, Instant to, Instant now) {
        return entities.createQuery("select e.priority, count(e),"
                        + " sum(case when e.responseDueAt is not null and (e.confirmedAt is not null"
                        + " or e.responseDueAt <= :now) then 1 else 0 end),"
                        + " sum(case when e.confirmedAt is not null and e.confirmedAt <= e.responseDueAt then 1 else 0 end)"
                        + " from OrderException e where e.detectedAt >= :from and e.detectedAt < :to"
                        + " and e.priority is not null group by e.priority", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now)
                .getResultList().stream()
                .map(row -> new GradeCount((String) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    record Interruption(String recipient, Instant at) {
    }

    record ChannelCount(String recipient, Channel channel, long count) {
    }

    record GradeCount(String grade, long alerts, long settled, long confirmedInTime) {
    }
}
