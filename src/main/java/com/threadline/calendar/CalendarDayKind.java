package com.threadline.calendar;

/** A day that differs from the normal week: nobody works (休), or work although the week rests (调休上班). */
public enum CalendarDayKind {
    CLOSED,
    WORKING
}
