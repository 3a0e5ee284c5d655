package com.threadline.exception;

import com.threadline.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrderExceptionRepository extends JpaRepository<OrderException, Long>,
        JpaSpecificationExecutor<OrderException> {

    @Query("select e from OrderException e where e.type = ?1 and e.status <> ?2")
    List<OrderException> findByTypeAndStatusNot(ExceptionType type, ExceptionStatus status);

    @Query("select e from OrderException e where e.type = ?1 and e.orderNo in ?2 and e.status <> ?3")
    List<OrderException> findByTypeAndOrderNoInAndStatusNot(ExceptionType type, Collection<String> orderNos,
            ExceptionStatus status);

    /** Open exceptions whose condition still holds and that have a date at stake and a grade below P0. */
    @Query("""
            select e from OrderException e where e.status <> com.threadline.exception.ExceptionStatus.CLOSED
              and e.conditionClearedAt is null and e.atStakeDate is not null and e.priority <> 'P0'""")
    List<OrderException> findRegradable();

    List<OrderException> findByOrderNoOrderByDetectedAtDesc(String orderNo);

    List<OrderException> findByStatus(ExceptionStatus status);

    Optional<OrderException> findFirstByOrderNoAndTypeAndSubjectAndStatusOrderByClosedAtDesc(String orderNo,
            ExceptionType type, String subject, ExceptionStatus status);

    default OrderException require(Long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("No exception " + id));
    }
}
