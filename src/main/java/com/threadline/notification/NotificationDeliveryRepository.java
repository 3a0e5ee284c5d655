package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationDeliveryRepository extends JpaRepository<NotificationDelivery, Long> {

    /** JPQL rather than a derived query: Hibernate re-translated the derived one on every call (JFR). */
    @Query("select d from NotificationDelivery d where d.exceptionId = ?1 and d.round = ?2 and d.recipient = ?3"
            + " and d.channel = ?4")
    Optional<NotificationDelivery> findByExceptionIdAndRoundAndRecipientAndChannel(long exceptionId, int round,
            String recipient, Channel channel);

    default Optional<NotificationDelivery> find(DeliveryKey key) {
        return findByExceptionIdAndRoundAndRecipientAndChannel(key.exceptionId(), key.round(), key.recipient(),
                key.channel());
    }

    /** One round of one exception's alert to one person, on every channel. */
    @Query("select d from NotificationDelivery d where d.exceptionId = ?1 and d.round = ?2 and d.recipient = ?3")
    List<NotificationDelivery> ofRound(long exceptionId, int round, String recipient);

    List<NotificationDelivery> findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(long exceptionId);

    List<NotificationDelivery> findTop200ByRecipientOrderByLastAttemptAtDescIdDesc(String recipient);

    List<NotificationDelivery> findTop200ByExceptionIdAndRecipientOrderByLastAttemptAtDescIdDesc(long exceptionId,
            String recipient);

    @Query("select coalesce(max(d.round), 0) from NotificationDelivery d where d.exceptionId = ?1 and d.recipient = ?2"
            + " and d.channel = ?3")
    int lastRound(long exceptionId, String recipient, Channel channel);

    @Query("select coalesce(max(d.round), 0) from NotificationDelivery d where d.exceptionId = ?1")
    int lastRound(long exceptionId);

    @Query("select distinct d.recipient from NotificationDelivery d where d.exceptionId = ?1")
    List<String> alertedRecipients(long exceptionId);

    /** Voice calls that reached the provider for the person since {@code since}, whatever the exception. */
    @Query("select count(d) from NotificationDelivery d where d.recipient = ?1 and d.channel = "
            + "com.threadline.notification.channel.Channel.VOICE and d.status = "
            + "com.threadline.notification.DeliveryStatus.SENT and d.sentAt > ?2")
    long voiceCallsSince(String recipient, Instant since);

    /** Who was sent any round of the exception, on any channel, and has read none of it anywhere. */
    @Query("select distinct d.recipient from NotificationDelivery d where d.exceptionId = ?1 and d.recipient not in "
            + "(select r.recipient from NotificationDelivery r where r.exceptionId = ?1 and r.readAt is not null)")
    List<String> unreadRecipients(long exceptionId);

    /** Every delivery of the exception that reached the person and is unread: the alert was seen, however. */
    @Modifying(flushAutomatically = true)
    @Query("update NotificationDelivery d set d.readAt = ?3, d.readVia = ?4 where d.exceptionId = ?1"
            + " and d.recipient = ?2 and d.status = com.threadline.notification.DeliveryStatus.SENT"
            + " and d.readAt is null")
    int markRead(long exceptionId, String recipient, Instant at, ReadVia via);

    /** Sent on one of {@code channels} since {@code since} and not read yet: what the IM read poll asks about. */
    @Query("select d from NotificationDelivery d where d.channel in ?1 and d.status ="
            + " com.threadline.notification.DeliveryStatus.SENT and d.readAt is null and d.sentAt >= ?2"
            + " and d.providerMessageId is not null order by d.sentAt")
    List<NotificationDelivery> unreadSince(List<Channel> channels, Instant since, Pageable page);
}
