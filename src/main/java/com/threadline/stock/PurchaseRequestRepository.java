package com.threadline.stock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRequestRepository extends JpaRepository<PurchaseRequest, Long> {

    /** The supplier's unanswered requests of orders still open, oldest first. */
    @Query("select p from PurchaseRequest p where p.supplier.id = ?1 and p.promisedDate is null"
            + " and exists (select o.id from Order o where o.orderNo = p.orderNo"
            + " and o.status = com.threadline.order.OrderStatus.OPEN) order by p.requestedAt, p.id")
    List<PurchaseRequest> waitingFor(Long supplierId);
}
