package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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

    List<NotificationDelivery> findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(long exceptionId);

    List<NotificationDelivery> findTop200ByRecipientOrderByLastAttemptAtDescIdDesc(String recipient);

    List<NotificationDelivery> findTop200ByExceptionIdAndRecipientOrderByLastAttemptAtDescIdDesc(long exceptionId,
            String recipient);

    @Query("select coalesce(max(d.round), 0) from NotificationDelivery d where d.exceptionId = ?1 and d.recipient = ?2"
            + " and d.channel = ?3")
    int lastRound(long exceptionId, String recipient, Channel channel);
}
