package com.threadline.calendar;

import com.threadline.calendar.CalendarViews.CalendarView;
import com.threadline.calendar.CalendarViews.DayView;
import com.threadline.calendar.CalendarViews.DaysRequest;
import com.threadline.calendar.CalendarViews.WeekRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and edits the working calendars. Plans already made keep their planned dates; their forecasts take an edit
 * at their next re-forecast (the next progress on the order). Every edit drops the in-memory calendars once it
 * commits.
 */
@Service
public class CalendarAdministration {

    static final String COMPANY = "COMPANY";
    /** The longest range one request may mark: a New Year shutdown is three to four weeks. */
    static final int MAX_RANGE_DAYS = 62;

    private final WorkCalendarRepository calendars;
    private final FactoryRepository factories;
    private final WorkingCalendars working;

    CalendarAdministration(WorkCalendarRepository calendars, FactoryRepository factories, WorkingCalendars working) {
        this.calendars = calendars;
        this.factories = factories;
        this.working = working;
    }

    /** The company's calendar, then every factory's (a factory without days of its own shows none). */
    @Transactional(readOnly = true)
    public List<CalendarView> all() {
        WorkCalendar company = company();
        Map<Long, WorkCalendar> byFactory = calendars.findAllWithDays().stream().filter(c -> !c.isCompany())
                .collect(Collectors.toMap(WorkCalendar::getFactoryId, Function.identity()));
        List<CalendarView> views = new ArrayList<>();
        views.add(view(COMPANY, company, company, null));
        factories.findAllByOrderByCode()
                .forEach(f -> views.add(view(f.getCode(), byFactory.get(f.getId()), company, f)));
        return views;
    }

    @Transactional(readOnly = true)
    public CalendarView one(String code) {
        WorkCalendar company = company();
        if (COMPANY.equals(code)) {
            return view(COMPANY, company, company, null);
        }
        Factory factory = factory(code);
        return view(code, calendars.findByFactoryId(factory.getId()).orElse(null), company, factory);
    }

    @Transactional
    public CalendarView changeWeek(String code, WeekRequest week) {
        if (!COMPANY.equals(code)) {
            throw InvalidRequestException.of("restDays", "工厂沿用公司的作息周与工作时间 / a factory follows the company's week");
        }
        if (!week.workStart().isBefore(week.workEnd())) {
            throw InvalidRequestException.of("workEnd", "下班时间须晚于上班时间 / must be after workStart");
        }
        WorkCalendar company = company();
        company.changeWeek(week.restDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(week.restDays()), week.workStart(), week.workEnd());
        reloadAfterCommit();
        return view(COMPANY, company, company, null);
    }

    @Transactional
    public CalendarView setDays(String code, DaysRequest request) {
        long days = ChronoUnit.DAYS.between(request.from(), request.last()) + 1;
        if (days < 1) {
            throw InvalidRequestException.of("to", "结束日不能早于开始日 / must not be before from");
        }
        if (days > MAX_RANGE_DAYS) {
            throw InvalidRequestException.of("to", "一次最多 " + MAX_RANGE_DAYS + " 天 / at most " + MAX_RANGE_DAYS
                    + " days at once");
        }
        WorkCalendar calendar = editable(code);
        for (LocalDate day = request.from(); !day.isAfter(request.last()); day = day.plusDays(1)) {
            calendar.set(day, request.kind(), request.name().strip());
        }
        calendars.save(calendar);
        reloadAfterCommit();
        return one(code);
    }

    @Transactional
    public void removeDay(String code, LocalDate date) {
        WorkCalendar calendar = editable(code);
        if (!calendar.remove(date)) {
            throw new NotFoundException("Calendar " + code + " has nothing set on " + date);
        }
        reloadAfterCommit();
    }

    private WorkCalendar editable(String code) {
        if (COMPANY.equals(code)) {
            return company();
        }
        Factory factory = factory(code);
        return calendars.findByFactoryId(factory.getId())
                .orElseGet(() -> new WorkCalendar(factory.getId(), factory.getName(), company()));
    }

    private WorkCalendar company() {
        return calendars.findCompany().orElseThrow(() -> new IllegalStateException(
                "The company calendar is missing; migration V42 creates it"));
    }

    private Factory factory(String code) {
        return factories.findByCode(code).orElseThrow(() -> new NotFoundException("No calendar " + code
                + ": it is COMPANY or a factory's code"));
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                working.changed();
            }
        });
    }

    /** A factory's calendar shows the company's week and hours, which it follows. */
    private static CalendarView view(String code, WorkCalendar calendar, WorkCalendar company, Factory factory) {
        return new CalendarView(code, factory != null ? factory.getName() : company.getName(),
                factory != null ? factory.getCode() : null, List.copyOf(company.getRestDays()),
                company.getWorkStart(), company.getWorkEnd(),
                calendar == null ? List.of() : calendar.getDays().stream().map(DayView::of).toList());
    }
}
