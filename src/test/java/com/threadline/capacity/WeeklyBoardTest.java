package com.threadline.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.plan.PlanCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Today is Wednesday 9 December 2026; the factory sews 100 pieces a day and is closed on Saturday the 12th.
 * Week of the 7th: open from today on the 9th, 10th, 11th and 13th = 400. Week of the 14th: 7 days = 700.
 */
class WeeklyBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final PlanCalendar CLOSED_12TH = (day, factory) -> day.equals(LocalDate.of(2026, 12, 12));
    private static final WeeklyBoard.Factory FACTORY = new WeeklyBoard.Factory(1, "F1", "一厂", 100, CLOSED_12TH);
    private static final List<OpenSewing> ORDERS = List.of(
            // 600 left, from today (its start has passed) to the 15th: 6 open days, 100 a day: 400 + 200
            sewing("A", 1, 600, 0, "2026-12-08", "2026-12-15"),
            // 500 less 200 sewn, the 14th to the 17th: 75 a day, all in the second week
            sewing("B", 1, 500, 200, "2026-12-14", "2026-12-17"),
            // its sewing end has passed: all 100 are due today
            sewing("C", 1, 100, 0, "2026-12-01", "2026-12-05"),
            // another factory's
            sewing("D", 2, 900, 0, "2026-12-09", "2026-12-10"),
            // 7 over the 10th and 11th (the 12th is closed): 4 + 3
            sewing("E", 1, 7, 0, "2026-12-10", "2026-12-12"));

    private static OpenSewing sewing(String no, long factory, int quantity, int sewn, String start, String end) {
        return new OpenSewing(no, factory, "客户" + no, "merch", quantity, sewn, LocalDate.parse(start),
                LocalDate.parse(end), LocalDate.parse(end).plusDays(10));
    }

    @Test
    void sumsEachWeeksCapacityAndLoadAndMarksTheOverloadedWeek() {
        WeeklyBoard board = new WeeklyBoard(TODAY, 2);

        List<WeeklyBoard.Week> weeks = board.rows(List.of(FACTORY), ORDERS).get(0).weeks();

        assertThat(board.mondays()).containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));
        assertThat(weeks.get(0)).isEqualTo(new WeeklyBoard.Week(LocalDate.of(2026, 12, 7), 400, 507));
        assertThat(weeks.get(0).overloaded()).isTrue();
        assertThat(weeks.get(1)).isEqualTo(new WeeklyBoard.Week(LocalDate.of(2026, 12, 14), 700, 500));
        assertThat(weeks.get(1).overloaded()).isFalse();
    }

    @Test
    void aCellListsTheOrdersBehindItTheMostPiecesFirst() {
        List<WeeklyBoard.Share> shares = new WeeklyBoard(TODAY, 2).shares(FACTORY, LocalDate.of(2026, 12, 7), ORDERS);

        assertThat(shares).extracting(s -> s.order().orderNo() + "=" + s.pieces())
                .containsExactly("A=400", "C=100", "E=7");
    }

    @Test
    void theFirstOpenDaysTakeWhatAnEvenSplitLeavesOver() {
        SewingSpread spread = SewingSpread.of(ORDERS.get(4), TODAY, CLOSED_12TH);

        assertThat(spread.first()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(spread.pieces()).containsExactly(4, 3, 0);
    }
}
