package com.threadline.exception;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The exception list's filters; each one given narrows the list. */
public record ExceptionFilter(String orderNo, ExceptionType type, String priority, ExceptionStatus status,
        Boolean overdue) {

    Specification<OrderException> toSpecification(Instant now) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (orderNo != null && !orderNo.isBlank()) {
                where.add(cb.equal(root.get("orderNo"), orderNo));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (priority != null && !priority.isBlank()) {
                where.add(cb.equal(root.get("priority"), priority));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (overdue != null) {
                // isNotNull: without it, NOT(late) is unknown for an exception without a deadline (P3),
                // and overdue=false would leave it out.
                Predicate late = cb.and(cb.equal(root.get("status"), ExceptionStatus.OPEN),
                        cb.isNotNull(root.get("responseDueAt")), cb.lessThan(root.get("responseDueAt"), now));
                where.add(overdue ? late : cb.not(late));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
