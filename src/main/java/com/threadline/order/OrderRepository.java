package com.threadline.order;

import com.threadline.web.NotFoundException;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByOrderNo(String orderNo);

    default Order require(String orderNo) {
        return findByOrderNo(orderNo).orElseThrow(() -> new NotFoundException("No order " + orderNo));
    }

    @Override
    @EntityGraph(attributePaths = "factory")
    Page<Order> findAll(Specification<Order> spec, Pageable pageable);
}
