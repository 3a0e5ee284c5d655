package com.threadline.inputs;

import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with one input for one order, collected field by field (the first reason per field) and
 * thrown all at once before anything is stored.
 */
final class InputChecks {

    /** How far a sender's clock may run ahead of ours before a time it reports counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * @param earliest the earliest date any input for the order may carry
     * @param latest the latest date any input for the order may carry
     */
    InputChecks(Instant now, ZoneId zone, LocalDate earliest, LocalDate latest) {
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
        this.earliest = earliest;
        this.latest = latest;
    }

    InputChecks notInFuture(String field, LocalDate date) {
        return check(date == null || !date.isAfter(today), field, "must not be in the future (today is " + today + ")");
    }

    InputChecks notInFuture(String field, Instant at) {
        return check(at == null || !at.isAfter(now.plus(CLOCK_SKEW)), field, "must not be in the future (now is "
                + now.atZone(zone).toOffsetDateTime() + ")");
    }

    /** Catches typos in the year: no input for an order is dated long before it was opened or after it is due. */
    InputChecks plausible(String field, LocalDate date) {
        return check(date == null || !date.isBefore(earliest) && !date.isAfter(latest), field,
                "must be between " + earliest + " and " + latest);
    }

    InputChecks plausible(String field, Instant at) {
        return plausible(field, at == null ? null : LocalDate.ofInstant(at, zone));
    }

    InputChecks notBefore(String field, LocalDate date, LocalDate bound, String boundName) {
        return check(date == null || bound == null || !date.isBefore(bound), field,
                "must not be before " + boundName + " (" + bound + ")");
    }

    InputChecks notAfter(String field, LocalDate date, LocalDate bound, String boundName) {
        return check(date == null || bound == null || !date.isAfter(bound), field,
                "must not be after " + boundName + " (" + bound + ")");
    }

    InputChecks check(boolean ok, String field, String reason) {
        if (!ok && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, reason));
        }
        return this;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
