package com.threadline.exception;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First alert (round 1) to everyone in the responsible roles. */
@Component("notifyResponsiblesDelegate")
class NotifyResponsiblesDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final ExceptionNotices notices;
    private final AlertRounds rounds;
    private final Clock clock;
    private final MeterRegistry metrics;

    NotifyResponsiblesDelegate(OrderExceptionRepository exceptions, ExceptionNotices notices, AlertRounds rounds,
            Clock clock, MeterRegistry metrics) {
        this.rounds = rounds;
        this.exceptions = exceptions;
        this.notices = notices;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        // the grading writes the roles to the exception with the variable; read there, no JSON list is deserialised
        List<String> recipients = notices.notifyRoles(exception, exception.roleList(), 1, "");
        boolean first = exception.getNotifiedAt() == null;
        Instant now = clock.instant();
        rounds.alerted(execution, recipients);
        exception.notified(recipients, 1, now);
        if (first) {
            Timer.builder("threadline.exceptions.first.notification")
                    .description("From an exception's detection to its first alert sent")
                    .tag("grade", exception.getPriority()).publishPercentileHistogram()
                    .register(metrics).record(Duration.between(exception.getDetectedAt(), now));
        }
    }
}
