package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationDeliveryRepository extends JpaRepository<NotificationDelivery, Long> {

    Optional<NotificationDelivery> findByExceptionIdAndRoundAndRecipientAndChannel(long exceptionId, int round,
            String recipient, Channel channel);

    default Optional<NotificationDelivery> find(DeliveryKey key) {
        return findByExceptionIdAndRoundAndRecipientAndChannel(key.exceptionId(), key.round(), key.recipient(),
                key.channel());
    }

    List<NotificationDelivery> findByExceptionIdOrderByLastAttemptAtDescIdDesc(long exceptionId);
}
