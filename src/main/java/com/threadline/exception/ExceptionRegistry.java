package com.threadline.exception;

import com.threadline.order.OrderNoPages;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what a monitor found into exceptions: one open exception per (order, type, subject). A new
 * condition opens one and starts its handling; a persisting one updates it (and re-grades it when it got
 * worse); one that no longer holds is recorded as cleared, and stays open until people close it. A condition
 * closed with a decision while it held opens nothing new until {@link ClosedConditionWatch} lets it.
 */
@Service
public class ExceptionRegistry {

    /**
     * New exceptions are opened this many to a transaction: a first pass may open thousands, and one
     * persistence context holding them all makes every further query dirty-check every one of them.
     */
    static final int OPENED_PER_TRANSACTION = 50;

    private static final String NOT_CLOSED_OF_ORDERS = "select e from OrderException e where e.status <> "
            + "com.threadline.exception.ExceptionStatus.CLOSED and " + OrderNoPages.in("e.orderNo");

    private final OrderExceptionRepository exceptions;
    private final ExceptionHandling handling;
    private final ExceptionOpener opener;
    private final ClosedConditionWatch watch;
    private final Clock clock;
    private final EntityManager entityManager;

    ExceptionRegistry(OrderExceptionRepository exceptions, ExceptionHandling handling, ExceptionOpener opener,
            ClosedConditionWatch watch, Clock clock, EntityManager entityManager) {
        this.watch = watch;
        this.exceptions = exceptions;
        this.handling = handling;
        this.opener = opener;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * @param scope the orders the monitor looked at, or null for all open orders
     * @return what changed
     */
    @Transactional
    public Outcome reconcile(ExceptionType type, List<Finding> findings, Collection<String> scope) {
        List<OrderException> open = scope == null ? exceptions.findByTypeAndStatusNot(type, ExceptionStatus.CLOSED)
                : scope.isEmpty() ? List.of()
                : exceptions.findByTypeAndOrderNoInAndStatusNot(type, scope, ExceptionStatus.CLOSED);
        return reconcileAgainst(type, findings, open);
    }

    /**
     * The exceptions of the given orders not yet closed, by type: read once for a scan of changed orders, whose
     * monitors then reconcile against their type's share ({@link #reconcileAgainst}).
     */
    @Transactional(readOnly = true)
    public Map<ExceptionType, List<OrderException>> notClosedOf(Collection<String> orderNos) {
        return OrderNoPages.read(List.copyOf(orderNos), page -> OrderNoPages.bind(entityManager.createQuery(
                        NOT_CLOSED_OF_ORDERS, OrderException.class), page).getResultList()).stream()
                .collect(Collectors.groupingBy(OrderException::getType));
    }

    /**
     * @param open the exceptions of this type not yet closed on the orders the monitor looked at
     * @return what changed
     */
    @Transactional
    public Outcome reconcileAgainst(ExceptionType type, List<Finding> findings, List<OrderException> open) {
        Map<String, OrderException> openByKey = new HashMap<>();
        open.forEach(e -> openByKey.put(OrderException.openKey(e.getOrderNo(), e.getType(), e.getSubject()), e));
        List<Finding> fresh = new ArrayList<>();
        int worsened = 0;
        for (Finding finding : findings) {
            OrderException existing = openByKey.get(finding.openKey());
            if (existing == null) {
                if (!watch.stillHolds(finding)) {
                    fresh.add(finding);
                }
            } else if (existing.observe(finding, clock.instant())) {
                handling.conditionWorsened(existing);
                worsened++;
            }
        }
        for (int from = 0; from < fresh.size(); from += OPENED_PER_TRANSACTION) {
            opener.open(fresh.subList(from, Math.min(fresh.size(), from + OPENED_PER_TRANSACTION)));
        }
        Set<String> found = findings.stream().map(Finding::openKey).collect(Collectors.toSet());
        int cleared = 0;
        for (Map.Entry<String, OrderException> entry : openByKey.entrySet()) {
            if (!found.contains(entry.getKey()) && entry.getValue().getConditionClearedAt() == null) {
                entry.getValue().conditionCleared(clock.instant());
                cleared++;
            }
        }
        return new Outcome(type, findings.size(), fresh.size(), worsened, cleared);
    }

    public record Outcome(ExceptionType type, int found, int opened, int worsened, int cleared) {
    }
}
