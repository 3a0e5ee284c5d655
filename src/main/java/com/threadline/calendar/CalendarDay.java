package com.threadline.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** One day of a calendar that is not as the normal week has it: a holiday, a shutdown day, a make-up working day. */
@Entity
public class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate onDate;
    @Enumerated(EnumType.STRING)
    private CalendarDayKind kind;
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate onDate, CalendarDayKind kind, String name) {
        this.onDate = onDate;
        this.kind = kind;
        this.name = name;
    }

    void change(CalendarDayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
