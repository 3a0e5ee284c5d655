package com.threadline.calendar;

import com.threadline.calendar.CalendarViews.CalendarView;
import com.threadline.calendar.CalendarViews.DaysRequest;
import com.threadline.calendar.CalendarViews.WeekRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The working calendars: {@code COMPANY} and one per factory code. Staff read them; GM, planner and admin edit. */
@RestController
@RequestMapping("/api/calendars")
class CalendarController {

    private final CalendarAdministration calendars;

    CalendarController(CalendarAdministration calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    List<CalendarView> all() {
        return calendars.all();
    }

    @GetMapping("/{code}")
    CalendarView one(@PathVariable String code) {
        return calendars.one(code);
    }

    @PutMapping("/{code}/week")
    CalendarView changeWeek(@PathVariable String code, @Valid @RequestBody WeekRequest week) {
        return calendars.changeWeek(code, week);
    }

    @PutMapping("/{code}/days")
    CalendarView setDays(@PathVariable String code, @Valid @RequestBody DaysRequest days) {
        return calendars.setDays(code, days);
    }

    @DeleteMapping("/{code}/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDay(@PathVariable String code, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendars.removeDay(code, date);
    }
}
