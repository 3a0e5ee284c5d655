package com.threadline.portal;

import com.threadline.order.Order;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The reads of the phone pages: a factory's open orders, a supplier's open material lines. */
interface PortalQueries extends Repository<Order, Long> {

    @Query("select distinct o from Order o join fetch o.milestones where o.factory.code = :factory"
            + " and o.status = com.threadline.order.OrderStatus.OPEN")
    List<Order> openOrdersWithMilestones(@Param("factory") String factoryCode);

    /** Each row: the order and one of its lines not yet arrived, of the supplier. */
    @Query("select o, m from Order o join o.materials m join fetch o.factory where m.supplier.code = :supplier"
            + " and o.status = com.threadline.order.OrderStatus.OPEN and m.arrivalDate is null"
            + " order by o.orderNo, m.lineNo")
    List<Object[]> openLinesOfSupplier(@Param("supplier") String supplierCode);
}
