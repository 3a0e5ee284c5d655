package com.threadline.capacity;

import com.threadline.plan.PlanCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What is left to sew of an order, spread evenly over the factory's open days from its sewing start (or today, when
 * that has passed) to its sewing end (or today, when that has passed too: late work is due now). The first days take
 * the pieces an even split leaves over.
 *
 * @param first the first day with pieces; {@code pieces[i]} falls on {@code first + i}
 */
record SewingSpread(LocalDate first, int[] pieces) {

    static SewingSpread of(OpenSewing sewing, LocalDate today, PlanCalendar calendar) {
        LocalDate from = sewing.start().isBefore(today) ? today : sewing.start();
        LocalDate to = sewing.end().isBefore(from) ? from : sewing.end();
        int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int open = 0;
        for (int i = 0; i < span; i++) {
            if (!calendar.isClosed(from.plusDays(i), true)) {
                open++;
            }
        }
        if (open == 0) {
            LocalDate day = calendar.onOrAfter(to.plusDays(1), true);
            return new SewingSpread(day, new int[] {sewing.remaining()});
        }
        int[] pieces = new int[span];
        int each = sewing.remaining() / open;
        int over = sewing.remaining() % open;
        for (int i = 0; i < span; i++) {
            if (!calendar.isClosed(from.plusDays(i), true)) {
                pieces[i] = each + (over-- > 0 ? 1 : 0);
            }
        }
        return new SewingSpread(from, pieces);
    }

    LocalDate last() {
        return first.plusDays(pieces.length - 1L);
    }

    /** The pieces on the days from {@code from} to {@code to}, both included. */
    int between(LocalDate from, LocalDate to) {
        int sum = 0;
        for (int i = 0; i < pieces.length; i++) {
            LocalDate day = first.plusDays(i);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                sum += pieces[i];
            }
        }
        return sum;
    }
}
