package com.threadline.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.capacity.RushSimulation.Candidate;
import com.threadline.capacity.RushSimulation.Costs;
import com.threadline.capacity.RushSimulation.FactoryCapacity;
import com.threadline.capacity.RushSimulation.Load;
import com.threadline.capacity.RushSimulation.Option;
import com.threadline.capacity.RushSimulation.Outcome;
import com.threadline.capacity.RushSimulation.Result;
import com.threadline.capacity.RushSimulation.Slip;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One factory (A: 100 pieces a day) with three orders, and a rush order of 300 pieces from day 1, due off the line on
 * day 5. Baseline (by planned end): O1 sews days 0-2, O2 days 3-5, O3 days 6-7; all on plan.
 * Over days 0-9 the factory has 1,000 pieces of capacity and 1,100 to sew with the rush order: 100 too many.
 */
class RushSimulationTest {

    private static final Costs COSTS = new Costs(new BigDecimal("2.00"), 0.5, new BigDecimal("3.00"));
    private static final List<Load> LOADS = List.of(
            new Load("O1", 1, 300, 0, 4, 0),
            new Load("O2", 1, 300, 0, 9, 5),
            new Load("O3", 1, 200, 5, 9, 0));
    private static final Candidate RUSH = new Candidate(300, 1, 1, 5);

    private static int[] days(int count, int perDay) {
        int[] daily = new int[count];
        Arrays.fill(daily, perDay);
        return daily;
    }

    private static Result simulate(FactoryCapacity... factories) {
        return new RushSimulation(List.of(factories), LOADS, COSTS).simulate(RUSH);
    }

    private static Outcome option(Result result, Option option) {
        return result.options().stream().filter(o -> o.option() == option).findFirst().orElseThrow();
    }

    /** Rush sews days 3-5 (on time), O2 days 6-8, O3 days 9-10: O3 finishes a day late, with no slack. */
    @Test
    void asIsTheRushOrderPushesTheOrderWithTheLatestTurnOneDayLate() {
        Outcome asIs = simulate(new FactoryCapacity(1, days(30, 100))).asIs();

        assertThat(asIs.rushSlipDays()).isZero();
        assertThat(asIs.slips()).containsExactly(new Slip("O3", 1, 1, 10));
        assertThat(asIs.cost()).isEqualByComparingTo("0");
    }

    /**
     * 100 pieces too many over days 0-9, overtime allowed on days 0-5: 6 x 16 = 96 is short, 6 x 17 = 102 enough.
     * Work is waiting every one of those days, so all 102 overtime pieces are sewn: 102 x 2.00 = 204.00.
     */
    @Test
    void overtimeAddsTheFewestPiecesADayThatKeepEveryOrderOnPlan() {
        Outcome overtime = option(simulate(new FactoryCapacity(1, days(30, 100))), Option.OVERTIME);

        assertThat(overtime.slips()).isEmpty();
        assertThat(overtime.rushSlipDays()).isZero();
        assertThat(overtime.overtimePerDay()).isEqualTo(17);
        assertThat(overtime.extraPieces()).isEqualTo(102);
        assertThat(overtime.cost()).isEqualByComparingTo("204.00");
    }

    /** Overtime of at most a tenth (10 a day) is not enough: O3 still slips, and the most overtime is costed. */
    @Test
    void overtimeCappedBelowTheNeedKeepsTheSlipThatRemains() {
        Costs tight = new Costs(new BigDecimal("2.00"), 0.1, new BigDecimal("3.00"));
        Outcome overtime = option(new RushSimulation(List.of(new FactoryCapacity(1, days(30, 100))), LOADS, tight)
                .simulate(RUSH), Option.OVERTIME);

        // 6 x 10 = 60 extra: 1,060 of 1,100 by day 9, O3's last 40 pieces on day 10
        assertThat(overtime.overtimePerDay()).isEqualTo(10);
        assertThat(overtime.slips()).containsExactly(new Slip("O3", 1, 1, 10));
        assertThat(overtime.cost()).isEqualByComparingTo("120.00");
    }

    /**
     * 100 pieces must leave A (99 leaves O3's last piece for day 10). Factory B (50 a day, empty) sews them on
     * days 1-2: 100 x 3.00 = 300.00, nobody slips.
     */
    @Test
    void outsourcingMovesTheFewestPiecesThatKeepTheFactoryOnPlan() {
        Outcome outsource = option(simulate(new FactoryCapacity(1, days(30, 100)),
                new FactoryCapacity(2, days(30, 50))), Option.OUTSOURCE);

        assertThat(outsource.available()).isTrue();
        assertThat(outsource.outsourceFactoryId()).isEqualTo(2L);
        assertThat(outsource.extraPieces()).isEqualTo(100);
        assertThat(outsource.slips()).isEmpty();
        assertThat(outsource.rushSlipDays()).isZero();
        assertThat(outsource.cost()).isEqualByComparingTo("300.00");
    }

    @Test
    void outsourcingNeedsAnotherFactory() {
        assertThat(option(simulate(new FactoryCapacity(1, days(30, 100))), Option.OUTSOURCE).available()).isFalse();
    }

    /**
     * O2 has 5 days of slack, so it yields: rush days 3-5, O3 days 6-7 (on plan), O2 days 8-10, a day after its
     * planned end but within its slack: it still ships on time, at no cost.
     */
    @Test
    void resequencingLetsTheOrderWithSlackYieldWithinItsSlack() {
        Outcome resequence = option(simulate(new FactoryCapacity(1, days(30, 100))), Option.RESEQUENCE);

        assertThat(resequence.slips()).containsExactly(new Slip("O2", 1, 0, 10));
        assertThat(resequence.lateOrders()).isZero();
        assertThat(resequence.rushSlipDays()).isZero();
        assertThat(resequence.cost()).isEqualByComparingTo("0");
    }

    /** A closed day (capacity 0) on day 4 costs the rush order a day: it is done on day 6 instead of 5. */
    @Test
    void aClosedDayHasNoCapacity() {
        int[] daily = days(30, 100);
        daily[4] = 0;
        Outcome asIs = simulate(new FactoryCapacity(1, daily)).asIs();

        assertThat(asIs.rushSlipDays()).isEqualTo(1);
    }

    /** The benchmark's shape in memory: 3 factories, 2,000 open orders over 200 days, well under its 2 s. */
    @Test
    void threeFactoriesAndTwoThousandOrdersSimulateQuickly() {
        List<FactoryCapacity> factories = List.of(new FactoryCapacity(1, days(400, 6000)),
                new FactoryCapacity(2, days(400, 6000)), new FactoryCapacity(3, days(400, 6000)));
        List<Load> loads = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int end = 8 + (i * 7919) % 180;
            loads.add(new Load("B" + i, 1 + i % 3, 500 + (i * 37) % 2500, Math.max(0, end - 15), end, 7));
        }
        RushSimulation simulation = new RushSimulation(factories, loads, COSTS);

        long start = System.nanoTime();
        Result result = simulation.simulate(new Candidate(5000, 1, 33, 48));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.options()).hasSize(3);
        assertThat(millis).as("simulation time in ms").isLessThan(2000);
    }
}
