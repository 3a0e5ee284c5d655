package com.threadline.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeliveryAttemptRepository extends JpaRepository<DeliveryAttempt, Long> {

    @Query("select a from DeliveryAttempt a where a.delivery.id in ?1 order by a.delivery.id, a.attemptNo")
    List<DeliveryAttempt> ofDeliveries(Collection<Long> deliveryIds);
}
