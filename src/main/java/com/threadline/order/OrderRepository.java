package com.threadline.order;

import com.threadline.web.NotFoundException;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order>, ProcessOrders {

    /**
     * The hot lookups are JPQL, not derived queries: Hibernate translates a derived (criteria) query to SQL anew on
     * every call, which was 13% of the CPU of a milestone update (JFR); a JPQL string hits its query plan cache.
     */
    @Query("select o from Order o where o.orderNo = ?1")
    Optional<Order> findByOrderNo(String orderNo);

    default Order require(String orderNo) {
        return findByOrderNo(orderNo).orElseThrow(() -> new NotFoundException("No order " + orderNo));
    }

    /**
     * What a task card calls the order by: its customer's name, or its style when it has none. Without flushing
     * first: a task is created in the middle of a change to the plan, and neither name is changed by one.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select coalesce(c.name, o.style) from Order o left join o.customer c where o.orderNo = ?1")
    Optional<String> customerOrStyle(String orderNo);

    /** The customer's open orders' value (quantity × unit price; orders without a price count nothing). */
    @Query("select coalesce(sum(o.unitPrice * o.quantity), 0) from Order o where o.customer.id = ?1"
            + " and o.status = com.threadline.order.OrderStatus.OPEN and o.unitPrice is not null")
    java.math.BigDecimal openValueOfCustomer(Long customerId);

    @Override
    @EntityGraph(attributePaths = {"factory", "customer"})
    Page<Order> findAll(Specification<Order> spec, Pageable pageable);
}
