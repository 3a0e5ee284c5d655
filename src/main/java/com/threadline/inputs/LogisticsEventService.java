package com.threadline.inputs;

import com.threadline.inputs.InputViews.LogisticsEventView;
import com.threadline.order.Order;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Bookings, departures and arrivals from the forwarder, which the logistics monitor compares with the plan. */
@Service
@Validated
public class LogisticsEventService {

    private final OrderInputs inputs;
    private final LogisticsEventRepository events;

    LogisticsEventService(OrderInputs inputs, LogisticsEventRepository events) {
        this.inputs = inputs;
        this.events = events;
    }

    @Transactional
    public LogisticsEventView report(String orderNo, @Valid @NotNull LogisticsReport report) {
        if (report.expectedAt() == null && report.actualAt() == null) {
            String reason = "one of expectedAt and actualAt is required";
            throw new InvalidRequestException(
                    List.of(new FieldProblem("actualAt", reason), new FieldProblem("expectedAt", reason)));
        }
        Order order = inputs.openOrder(orderNo);
        Instant expectedAt = seconds(report.expectedAt());
        Instant actualAt = seconds(report.actualAt());
        inputs.checks(order)
                .plausible("expectedAt", expectedAt)
                .notInFuture("actualAt", actualAt)
                .plausible("actualAt", actualAt)
                .throwIfAny();

        LogisticsEvent event = events.save(new LogisticsEvent(order.getId(), report.kind(), expectedAt, actualAt,
                OrderInputs.text(report.reference()), inputs.origin(report.reportedBy(), report.source())));
        inputs.received(order, InputKind.LOGISTICS_EVENT);
        return LogisticsEventView.of(event);
    }

    /** Every report in the order it came; for each kind the last one is the latest word. */
    @Transactional(readOnly = true)
    public List<LogisticsEventView> events(String orderNo) {
        Order order = inputs.order(orderNo);
        return events.findByOrderIdOrderByIdAsc(order.getId()).stream().map(LogisticsEventView::of).toList();
    }

    private static Instant seconds(OffsetDateTime time) {
        return time == null ? null : time.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
