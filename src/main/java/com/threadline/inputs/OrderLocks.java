package com.threadline.inputs;

import com.threadline.order.Order;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/** Reads an order for update (SELECT ... FOR UPDATE) so inputs for the same order queue instead of racing. */
interface OrderLocks extends Repository<Order, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Order> findByOrderNo(String orderNo);
}
