package com.threadline.diagnosis;

import com.threadline.order.OrderPlanChanged;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When the ledger of step dwell times is written: with every plan change, in its transaction (so the ledger commits or
 * rolls back with the change, and costs no commit of its own), and at start for orders it lacks.
 */
@Component
class DwellUpdates {

    private static final Logger log = LoggerFactory.getLogger(DwellUpdates.class);

    private final DwellLedger ledger;
    private final EntityManager entityManager;

    DwellUpdates(DwellLedger ledger, EntityManager entityManager) {
        this.ledger = ledger;
        this.entityManager = entityManager;
    }

    @EventListener
    void planChanged(OrderPlanChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            ledger.record(List.of(event.orderNo()));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream().filter(OrdersToRecord.class::isInstance)
                .map(OrdersToRecord.class::cast).findFirst().orElseGet(() -> {
                    OrdersToRecord first = new OrdersToRecord();
                    TransactionSynchronizationManager.registerSynchronization(first);
                    return first;
                }).orderNos.add(event.orderNo());
    }

    /**
     * The orders one transaction changed, each recorded once just before it commits, when all its changes are made
     * (an import's batch changes many orders, a report re-forecasts its order more than once).
     */
    private final class OrdersToRecord implements TransactionSynchronization {

        private final Set<String> orderNos = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // the ledger reads the milestones with SQL: the changed entities must be written first
            entityManager.flush();
            ledger.record(orderNos);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        List<String> missing = ledger.missing();
        missing.forEach(orderNo -> ledger.record(List.of(orderNo)));
        if (!missing.isEmpty()) {
            log.info("Step dwell times recorded for {} orders that had none", missing.size());
        }
    }
}
