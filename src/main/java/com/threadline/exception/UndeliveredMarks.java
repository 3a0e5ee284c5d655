package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks an exception "undelivered" when an alert reached someone only in the app, in a transaction of its own:
 * the job that sent the alert fails and rolls back, and the mark must stay.
 */
@Component
class UndeliveredMarks {

    private final OrderExceptionRepository exceptions;
    private final Clock clock;

    UndeliveredMarks(OrderExceptionRepository exceptions, Clock clock) {
        this.exceptions = exceptions;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void mark(Long exceptionId, int round, List<String> recipients, String reasons) {
        exceptions.require(exceptionId).undelivered(round, recipients, reasons, clock.instant());
    }
}
