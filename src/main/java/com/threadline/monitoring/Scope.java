package com.threadline.monitoring;

import com.threadline.order.OrderNoPages;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Which orders a scan covers: all open orders, or a given few. A query restricts itself with {@link #CLAUSE}, which
 * names the orders as single parameters, read in {@link OrderNoPages}.
 */
record Scope(boolean all, List<String> orderNos) {

    /** The condition a scoped query ends with; {@code o} is its order. */
    static final String CLAUSE = "(:all = true or " + OrderNoPages.in("o.orderNo") + ")";

    static Scope of(Collection<String> scope) {
        return scope == null ? new Scope(true, List.of()) : new Scope(false, List.copyOf(scope));
    }

    /** The rows of {@code query} (built anew for each page of orders) over the orders of this scope. */
    <T> List<T> read(Supplier<TypedQuery<T>> query) {
        if (all) {
            return bind(query.get(), Collections.nCopies(OrderNoPages.SIZE, "")).getResultList();
        }
        return OrderNoPages.read(orderNos, page -> bind(query.get(), page).getResultList());
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, List<String> page) {
        return OrderNoPages.bind(query, page).setParameter("all", all);
    }
}
