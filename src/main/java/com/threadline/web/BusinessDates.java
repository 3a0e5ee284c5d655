package com.threadline.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one window every date and time a client sends must lie in: ten years either side of today in the company's
 * zone. Nothing an apparel order is planned, reported or forecast by lies further out, and re-forecasting a plan
 * from a date near the year 9999 overflows the database's date range.
 */
@Component
public class BusinessDates {

    public static final Period REACH = Period.ofYears(10);

    private final Clock clock;

    BusinessDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate earliest() {
        return LocalDate.now(clock).minus(REACH);
    }

    public LocalDate latest() {
        return LocalDate.now(clock).plus(REACH);
    }

    /** Why {@code date} is refused, or empty when it lies in the window. */
    public Optional<String> problem(LocalDate date) {
        LocalDate earliest = earliest();
        LocalDate latest = latest();
        return date.isBefore(earliest) || date.isAfter(latest)
                ? Optional.of("must be between " + earliest + " and " + latest)
                : Optional.empty();
    }

    public Optional<String> problem(Instant at) {
        LocalDate earliest = earliest();
        LocalDate latest = latest();
        Instant from = earliest.atStartOfDay(clock.getZone()).toInstant();
        Instant to = latest.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return at.isBefore(from) || !at.isBefore(to)
                ? Optional.of("must be between " + earliest + " and " + latest)
                : Optional.empty();
    }
}
