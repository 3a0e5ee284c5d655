package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens exceptions for new findings and starts their handling, in a transaction of their own. */
@Component
class ExceptionOpener {

    private final OrderExceptionRepository exceptions;
    private final ExceptionHandling handling;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExceptionOpener(OrderExceptionRepository exceptions, ExceptionHandling handling, ApplicationEventPublisher events,
            Clock clock) {
        this.exceptions = exceptions;
        this.handling = handling;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void open(List<Finding> findings) {
        for (Finding finding : findings) {
            OrderException created = exceptions.save(new OrderException(finding, clock.instant()));
            created.startedAs(handling.start(created));
            events.publishEvent(new ExceptionChanged(created.getOrderNo(), created.getId()));
        }
    }
}
