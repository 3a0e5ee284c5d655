package com.threadline.demo;

import com.threadline.calendar.CalendarAdministration;
import com.threadline.calendar.CalendarDayKind;
import com.threadline.calendar.CalendarViews.DaysRequest;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each demo factory's Chinese New Year shutdown around the next Spring Festival (春节停工): Dongguan closes longest,
 * as factories there wait for workers travelling back from inland provinces.
 */
@Component
class DemoCalendars {

    /** Spring Festival (正月初一) by year; the demo needs the next one or two. */
    private static final Map<Integer, MonthDay> SPRING_FESTIVAL = Map.of(
            2026, MonthDay.of(2, 17), 2027, MonthDay.of(2, 6), 2028, MonthDay.of(1, 26), 2029, MonthDay.of(2, 13),
            2030, MonthDay.of(2, 3));

    private final CalendarAdministration calendars;

    DemoCalendars(CalendarAdministration calendars) {
        this.calendars = calendars;
    }

    void newYearShutdowns(LocalDate today) {
        LocalDate festival = nextSpringFestival(today);
        if (festival == null) {
            return;
        }
        shutdown("F-NB", festival.minusDays(7), festival.plusDays(14));
        shutdown("F-SZ", festival.minusDays(5), festival.plusDays(10));
        shutdown("F-DG", festival.minusDays(10), festival.plusDays(15));
    }

    private void shutdown(String factoryCode, LocalDate from, LocalDate to) {
        calendars.setDays(factoryCode, new DaysRequest(from, to, CalendarDayKind.CLOSED, "春节停工"));
    }

    private static LocalDate nextSpringFestival(LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            MonthDay day = SPRING_FESTIVAL.get(year);
            if (day != null && !day.atYear(year).plusDays(15).isBefore(today)) {
                return day.atYear(year);
            }
        }
        return null;
    }
}
