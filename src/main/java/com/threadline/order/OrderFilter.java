package com.threadline.order;

import com.threadline.plan.Stage;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The order list's filters; each one given narrows the list. {@code q} finds order number, customer or style. */
public record OrderFilter(String q, Stage stage, OrderStatus status, String factory, Boolean late, LocalDate dueFrom,
        LocalDate dueTo) {

    /** {@code byCustomer}: whether {@code q} also finds the customer's name (not for those it is kept from). */
    Specification<Order> toSpecification(boolean byCustomer) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                String pattern = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                List<Predicate> matches = new ArrayList<>(List.of(cb.like(cb.lower(root.get("orderNo")), pattern, '\\'),
                        cb.like(cb.lower(root.get("style")), pattern, '\\')));
                if (byCustomer) {
                    matches.add(cb.like(cb.lower(root.get("customer").get("name")), pattern, '\\'));
                }
                where.add(cb.or(matches.toArray(Predicate[]::new)));
            }
            if (stage != null) {
                where.add(cb.equal(root.get("stage"), stage));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (factory != null && !factory.isBlank()) {
                where.add(cb.equal(root.get("factory").get("code"), factory));
            }
            if (late != null) {
                where.add(late ? cb.greaterThan(root.get("delayDays"), 0) : cb.equal(root.get("delayDays"), 0));
            }
            if (dueFrom != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueDate"), dueFrom));
            }
            if (dueTo != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueDate"), dueTo));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
