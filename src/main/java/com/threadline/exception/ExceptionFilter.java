package com.threadline.exception;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The exception list's filters; each one given narrows the list. {@code forRoles}: only exceptions whose responsible
 * roles include one of these (null: any); {@code openOnly}: not yet closed.
 */
public record ExceptionFilter(String orderNo, ExceptionType type, String priority, ExceptionStatus status,
        Boolean overdue, Collection<String> forRoles, boolean openOnly) {

    public ExceptionFilter(String orderNo, ExceptionType type, String priority, ExceptionStatus status,
            Boolean overdue) {
        this(orderNo, type, priority, status, overdue, null, false);
    }

    /**
     * The list's filters as a caller gives them. Whose exceptions are "mine": a role's people follow the exceptions
     * their role is responsible for; the GM and the administrator follow all, and a factory's or supplier's people
     * all of theirs (row scoping limits those).
     */
    public static ExceptionFilter forCaller(String orderNo, ExceptionType type, String priority,
            ExceptionStatus status, Boolean overdue, boolean mine, SignedInUser user) {
        boolean followsAll = !user.isInternal() || user.has(Role.GM) || user.has(Role.ADMIN);
        return new ExceptionFilter(orderNo, type, priority, status, overdue,
                mine && !followsAll ? user.camundaGroups() : null, mine);
    }

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
            if (openOnly) {
                where.add(cb.notEqual(root.get("status"), ExceptionStatus.CLOSED));
            }
            if (forRoles != null) {
                // roles is stored comma-separated ("purchaser,merchandiser")
                Expression<String> roles = cb.concat(cb.concat(",", root.get("roles")), ",");
                where.add(cb.or(forRoles.stream().map(role -> cb.like(roles, "%," + role + ",%"))
                        .toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
