package com.threadline.calendar;

import com.threadline.plan.PlanCalendar;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendars as the hot paths read them: held in memory, loaded with one query, dropped when someone edits a
 * calendar here and reloaded at least every {@code threadline.calendar.cache-ttl} (5 minutes), so another node
 * sees an edit within that time. Re-forecasting a plan and choosing when an alert goes out cost no database read.
 */
@Component
public class WorkingCalendars {

    /** How far ahead the next working period is looked for: a year of closures would be a data error. */
    private static final int MAX_DAYS_AHEAD = 400;

    private final WorkCalendarRepository calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration ttl;
    private final AtomicLong edits = new AtomicLong();
    private volatile Snapshot snapshot;

    WorkingCalendars(WorkCalendarRepository calendars, TransactionTemplate transaction, Clock clock,
            @Value("${threadline.calendar.cache-ttl:PT5M}") Duration ttl) {
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The closures a plan of an order made at this factory skips (factory milestones: the factory's). */
    public PlanCalendar forFactory(Long factoryId) {
        Snapshot current = current();
        Days factory = factoryId == null ? Days.NONE : current.factories().getOrDefault(factoryId, Days.NONE);
        Days company = current.company();
        return (day, atFactory) -> atFactory
                ? !factory.working().contains(day) && (factory.closed().contains(day) || company.closed().contains(day))
                : company.closed().contains(day);
    }

    /** Whether {@code at} is inside the company's working hours on one of its working days. */
    public boolean isWorkingTime(Instant at) {
        Snapshot current = current();
        ZonedDateTime local = at.atZone(clock.getZone());
        return current.isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(current.workStart())
                && local.toLocalTime().isBefore(current.workEnd());
    }

    /** {@code at} itself when it is working time, else the start of the company's next working period. */
    public Instant nextWorkingStart(Instant at) {
        if (isWorkingTime(at)) {
            return at;
        }
        Snapshot current = current();
        ZonedDateTime local = at.atZone(clock.getZone());
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(current.workStart())) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < MAX_DAYS_AHEAD && !current.isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        return day.atTime(current.workStart()).atZone(clock.getZone()).toInstant();
    }

    /** A change to a calendar committed: the next read loads them again. */
    void changed() {
        edits.incrementAndGet();
        snapshot = null;
    }

    /** A load that raced an edit is used once but not kept, so the edit is never hidden until the next reload. */
    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(ttl).isBefore(clock.instant())) {
            long editsBefore = edits.get();
            current = transaction.execute(status -> load());
            if (edits.get() == editsBefore) {
                snapshot = current;
            }
        }
        return current;
    }

    private Snapshot load() {
        Days company = Days.NONE;
        Set<DayOfWeek> restDays = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        LocalTime start = LocalTime.of(8, 30);
        LocalTime end = LocalTime.of(18, 0);
        Map<Long, Days> factories = new HashMap<>();
        for (WorkCalendar calendar : calendars.findAllWithDays()) {
            Days days = Days.of(calendar);
            if (calendar.isCompany()) {
                company = days;
                restDays = calendar.getRestDays();
                start = calendar.getWorkStart();
                end = calendar.getWorkEnd();
            } else {
                factories.put(calendar.getFactoryId(), days);
            }
        }
        return new Snapshot(company, restDays, start, end, Map.copyOf(factories), clock.instant());
    }

    private record Days(Set<LocalDate> closed, Set<LocalDate> working) {

        static final Days NONE = new Days(Set.of(), Set.of());

        static Days of(WorkCalendar calendar) {
            Set<LocalDate> closed = new HashSet<>();
            Set<LocalDate> working = new HashSet<>();
            for (CalendarDay day : calendar.getDays()) {
                (day.getKind() == CalendarDayKind.CLOSED ? closed : working).add(day.getOnDate());
            }
            return new Days(Set.copyOf(closed), Set.copyOf(working));
        }
    }

    private record Snapshot(Days company, Set<DayOfWeek> restDays, LocalTime workStart, LocalTime workEnd,
            Map<Long, Days> factories, Instant loadedAt) {

        boolean isWorkingDay(LocalDate day) {
            return company.working().contains(day)
                    || (!company.closed().contains(day) && !restDays.contains(day.getDayOfWeek()));
        }
    }
}
