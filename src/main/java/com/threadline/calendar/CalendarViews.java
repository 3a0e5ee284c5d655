package com.threadline.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the calendar API reads and writes. {@code code}: {@code COMPANY}, or the factory's code. */
public final class CalendarViews {

    private CalendarViews() {
    }

    public record CalendarView(String code, String name, String factoryCode, List<DayOfWeek> restDays,
            LocalTime workStart, LocalTime workEnd, List<DayView> days) {
    }

    public record DayView(LocalDate date, CalendarDayKind kind, String name) {

        static DayView of(CalendarDay day) {
            return new DayView(day.getOnDate(), day.getKind(), day.getName());
        }
    }

    /** The company's normal week: its rest days and working hours (start inclusive, end exclusive). */
    public record WeekRequest(@NotNull @Size(max = 6) List<@NotNull DayOfWeek> restDays, @NotNull LocalTime workStart,
            @NotNull LocalTime workEnd) {
    }

    /** Marks the days {@code from} to {@code to} (inclusive; one day when empty) closed or working, under a name. */
    public record DaysRequest(@NotNull LocalDate from, LocalDate to, @NotNull CalendarDayKind kind,
            @NotBlank @Size(max = 64) String name) {

        LocalDate last() {
            return to == null ? from : to;
        }
    }
}
