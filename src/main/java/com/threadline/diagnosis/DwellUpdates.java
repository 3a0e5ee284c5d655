package com.threadline.diagnosis;

import com.threadline.order.OrderPlanChanged;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
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

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void planChanged(OrderPlanChanged event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the ledger reads the milestones with SQL: the change's entities must be written first
            entityManager.flush();
        }
        ledger.record(event.orderNo());
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        List<Long> missing = ledger.missing();
        missing.forEach(ledger::record);
        if (!missing.isEmpty()) {
            log.info("Step dwell times recorded for {} orders that had none", missing.size());
        }
    }
}
