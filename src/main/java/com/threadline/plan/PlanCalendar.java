package com.threadline.plan;

import java.time.LocalDate;

/**
 * The days a plan must skip: public holidays and shutdowns (closures). A template's gaps are written in calendar days
 * of a normal working week, weekly rest days included; a closure is time such a week would have and this one does
 * not, so a gap does not count its days. Factory milestones read the factory's closures (with the company's public
 * holidays unless the factory works them); the others read the company's.
 */
public interface PlanCalendar {

    PlanCalendar NONE = (day, factory) -> false;

    boolean isClosed(LocalDate day, boolean factory);

    /**
     * The open day {@code days} open days before {@code from}: {@link #openDaysBetween} from it to an open
     * {@code from} is {@code days}. 0: {@code from}, or the open day before it.
     */
    default LocalDate back(LocalDate from, int days, boolean factory) {
        if (days == 0) {
            return onOrBefore(from, factory);
        }
        LocalDate day = from;
        for (int i = 0; i < days; i++) {
            day = onOrBefore(day.minusDays(1), factory);
        }
        return day;
    }

    /**
     * The open day {@code days} open days after {@code from}: {@link #openDaysBetween} from {@code from} to it is
     * {@code days}, whether {@code from} is open or not. 0: {@code from}, or the open day after it.
     */
    default LocalDate forward(LocalDate from, int days, boolean factory) {
        if (days == 0) {
            return onOrAfter(from, factory);
        }
        LocalDate day = from;
        for (int i = 0; i < days; i++) {
            day = onOrAfter(day.plusDays(1), factory);
        }
        return day;
    }

    /** Open days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    default int openDaysBetween(LocalDate from, LocalDate to, boolean factory) {
        if (to.isBefore(from)) {
            return -openDaysBetween(to, from, factory);
        }
        int open = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (!isClosed(day, factory)) {
                open++;
            }
        }
        return open;
    }

    default LocalDate onOrAfter(LocalDate day, boolean factory) {
        LocalDate open = day;
        for (int guard = 0; isClosed(open, factory) && guard < 366; guard++) {
            open = open.plusDays(1);
        }
        return open;
    }

    default LocalDate onOrBefore(LocalDate day, boolean factory) {
        LocalDate open = day;
        for (int guard = 0; isClosed(open, factory) && guard < 366; guard++) {
            open = open.minusDays(1);
        }
        return open;
    }
}
