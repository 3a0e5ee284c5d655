package com.threadline.order;

import com.threadline.calendar.WorkingCalendars;
import com.threadline.plan.Milestone;
import com.threadline.plan.PlanForecaster;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Applies what happened (or is now expected) to an order's plan and re-forecasts its delivery. */
@Component
public class OrderPlanUpdater {

    private final PlanForecaster forecaster;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderPlanUpdater(PlanForecaster forecaster, WorkingCalendars calendars, ApplicationEventPublisher events,
            Clock clock) {
        this.forecaster = forecaster;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    public void recordActual(Order order, String code, LocalDate date) {
        requireNotFuture(date, "actualDate");
        milestoneOf(order, code).recordActual(date);
        reforecast(order);
    }

    /**
     * Marks milestones done on a date; those already recorded keep their date, so a task or report that
     * arrives after the fact does not overwrite what someone entered more precisely.
     */
    public void recordDoneUnlessRecorded(Order order, Collection<String> codes, LocalDate date) {
        requireNotFuture(date, "actualDate");
        markDoneUnlessRecorded(order, codes, date);
        reforecast(order);
    }

    /** A report: its own milestone happened on the date, and so did the ones it implies unless recorded. */
    public void recordReport(Order order, Collection<String> impliedCodes, String ownCode, LocalDate date) {
        requireNotFuture(date, "date");
        markDoneUnlessRecorded(order, impliedCodes, date);
        milestoneOf(order, ownCode).recordActual(date);
        reforecast(order);
    }

    private static void markDoneUnlessRecorded(Order order, Collection<String> codes, LocalDate date) {
        codes.stream()
                .flatMap(code -> order.milestone(code).stream())
                .filter(m -> !m.isDone())
                .forEach(m -> m.recordActual(date));
    }

    public void expect(Order order, String code, LocalDate expectedDate, String reason) {
        Milestone milestone = milestoneOf(order, code);
        if (milestone.isDone()) {
            throw InvalidRequestException.of("expectedDate",
                    "milestone " + code + " is already done on " + milestone.getActualDate());
        }
        if (expectedDate.isBefore(today())) {
            throw InvalidRequestException.of("expectedDate", "must not be in the past");
        }
        milestone.expectOn(expectedDate, reason);
        reforecast(order);
    }

    /** A material line's shipment, ETA or arrival changed: the in-house milestones wait for the new dates. */
    public void materialsChanged(Order order) {
        order.expectMaterials();
        reforecast(order);
    }

    public void reforecast(Order order) {
        // the factory's id is read from the proxy without loading the factory; the calendars are in memory
        forecaster.reforecast(order.getMilestones(), today(), calendars.forFactory(order.getFactory().getId()));
        order.updateDeliveryForecast(forecaster.deliveryForecast(order.getMilestones()),
                forecaster.stageReached(order.getMilestones()), clock.instant());
        events.publishEvent(new OrderPlanChanged(order.getOrderNo()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireNotFuture(LocalDate date, String field) {
        if (date.isAfter(today())) {
            throw InvalidRequestException.of(field, "must not be in the future");
        }
    }

    private static Milestone milestoneOf(Order order, String code) {
        return order.milestone(code).orElseThrow(() -> new NotFoundException(
                "Order " + order.getOrderNo() + " has no milestone " + code));
    }
}
