package com.threadline.diagnosis;

import com.threadline.order.OrderPlanChanged;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** When the ledger of step dwell times is written: after every plan change, and at start for orders it lacks. */
@Component
class DwellUpdates {

    private static final Logger log = LoggerFactory.getLogger(DwellUpdates.class);

    private final DwellLedger ledger;
    private final JdbcTemplate jdbc;

    DwellUpdates(DwellLedger ledger, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void planChanged(OrderPlanChanged event) {
        jdbc.queryForList("SELECT id FROM orders WHERE order_no = ?", Long.class, event.orderNo())
                .forEach(ledger::record);
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
