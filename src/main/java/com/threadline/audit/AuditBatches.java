package com.threadline.audit;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.springframework.stereotype.Component;

/** The {@link AuditBatch} of each transaction in flight, found by its Hibernate session. */
@Component
class AuditBatches {

    private final Map<SharedSessionContractImplementor, AuditBatch> open = new ConcurrentHashMap<>();
    private final ActorLookup actors;
    private final Clock clock;

    AuditBatches(ActorLookup actors, Clock clock) {
        this.actors = actors;
        this.clock = clock;
    }

    /** The session's batch; the first change of a transaction opens it and has it written before the commit. */
    AuditBatch of(EventSource session) {
        AuditBatch batch = open.get(session);
        if (batch == null) {
            batch = new AuditBatch(actors.current(), clock.instant());
            open.put(session, batch);
            session.getActionQueue().registerProcess(batch);
            session.getActionQueue().registerProcess(
                    (AfterTransactionCompletionProcess) (committed, completed) -> open.remove(completed));
        }
        return batch;
    }
}
