package com.threadline.capacity;

import com.threadline.plan.PlanCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The capacity board's figures, week by week from the current week (Monday to Sunday): a factory's capacity is its
 * daily pieces on each of its open days from today on; its load is what its open orders have left to sew on those
 * days ({@link SewingSpread}). A week is overloaded when the load is more than the capacity.
 */
final class WeeklyBoard {

    /** A factory as the board counts it. */
    record Factory(long id, String code, String name, int dailyPieces, PlanCalendar calendar) {
    }

    record Week(LocalDate monday, int capacity, int load) {

        boolean overloaded() {
            return load > capacity;
        }
    }

    record Row(Factory factory, List<Week> weeks) {
    }

    /** One order's share of a factory's week. */
    record Share(OpenSewing order, int pieces) {
    }

    private final LocalDate today;
    private final LocalDate firstMonday;
    private final int weeks;

    WeeklyBoard(LocalDate today, int weeks) {
        this.today = today;
        this.firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.weeks = weeks;
    }

    List<LocalDate> mondays() {
        List<LocalDate> mondays = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            mondays.add(firstMonday.plusWeeks(w));
        }
        return mondays;
    }

    List<Row> rows(List<Factory> factories, List<OpenSewing> orders) {
        List<Row> rows = new ArrayList<>();
        for (Factory factory : factories) {
            int[] load = new int[weeks];
            for (OpenSewing order : orders) {
                if (order.factoryId() == factory.id()) {
                    SewingSpread spread = SewingSpread.of(order, today, factory.calendar());
                    for (int w = 0; w < weeks; w++) {
                        load[w] += spread.between(firstMonday.plusWeeks(w), firstMonday.plusWeeks(w).plusDays(6));
                    }
                }
            }
            List<Week> row = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                LocalDate monday = firstMonday.plusWeeks(w);
                row.add(new Week(monday, capacity(factory, monday), load[w]));
            }
            rows.add(new Row(factory, row));
        }
        return rows;
    }

    /** The orders sewing at the factory in the week of {@code monday}, the most pieces first. */
    List<Share> shares(Factory factory, LocalDate monday, List<OpenSewing> orders) {
        List<Share> shares = new ArrayList<>();
        for (OpenSewing order : orders) {
            if (order.factoryId() == factory.id()) {
                int pieces = SewingSpread.of(order, today, factory.calendar()).between(monday, monday.plusDays(6));
                if (pieces > 0) {
                    shares.add(new Share(order, pieces));
                }
            }
        }
        shares.sort(Comparator.comparingInt(Share::pieces).reversed().thenComparing(s -> s.order().orderNo()));
        return shares;
    }

    /** The factory's capacity in the week of {@code monday}, from today on. */
    int capacity(Factory factory, LocalDate monday) {
        int capacity = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            if (!day.isBefore(today) && !factory.calendar().isClosed(day, true)) {
                capacity += factory.dailyPieces();
            }
        }
        return capacity;
    }
}
