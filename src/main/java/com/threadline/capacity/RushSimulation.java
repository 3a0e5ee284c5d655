package com.threadline.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * What a rush order does to the factories' sewing plans, and three ways to take it in. Pure: no database, no clock.
 *
 * <p>Days are indices from the first day simulated (today = 0). Each factory sews its orders with its daily capacity
 * (0 on closed days): every day the capacity goes to the released orders in priority order, the most urgent first,
 * until it is used up. An order may not start before its release day (its planned sewing start) and is done the day
 * its last piece is sewn. Without the rush order, orders are served by their planned sewing end: the baseline.
 * An order slips when it finishes later than in the baseline (and later than planned); it is late for delivery when
 * it finishes more than its slack after its planned sewing end.
 *
 * <p>The options: <b>overtime</b> adds the fewest extra pieces a day (up to a share of the day's capacity) at the
 * preferred factory, from today to the rush order's sewing end, that keep every order and the rush on plan;
 * <b>outsourcing</b> sews the fewest pieces of the rush order at another factory that keep the preferred factory
 * on plan, at the factory where that part slips the fewest orders; <b>resequencing</b> lets the orders with slack
 * yield: they are served by their planned end plus slack (the latest end that still ships on time), at no cost.
 */
public final class RushSimulation {

    /** A factory's sewing capacity, pieces per day from day 0 (0 on a closed day). */
    public record FactoryCapacity(long factoryId, int[] daily) {
    }

    /**
     * An open order's sewing still to do: {@code pieces} from {@code release} on, planned done on {@code plannedEnd};
     * {@code slack} days it may finish later and still ship on time.
     */
    public record Load(String orderNo, long factoryId, int pieces, int release, int plannedEnd, int slack) {
    }

    /** The rush order: {@code pieces} to sew at {@code factoryId}, from {@code release}, done by {@code plannedEnd}. */
    public record Candidate(int pieces, long factoryId, int release, int plannedEnd) {
    }

    /**
     * @param overtimeMaxShare the most overtime a day, as a share of the day's capacity (0.25: a quarter more)
     */
    public record Costs(BigDecimal overtimePerPiece, double overtimeMaxShare, BigDecimal outsourcePerPiece) {
    }

    public enum Option {
        AS_IS, OVERTIME, OUTSOURCE, RESEQUENCE
    }

    /**
     * An existing order the option moves: its sewing finishes {@code days} later than in the current plan; it then
     * ships {@code lateDays} after its due date (0: its slack absorbs the move). {@code newEnd} is the new finish day.
     */
    public record Slip(String orderNo, int days, int lateDays, int newEnd) {
    }

    /**
     * @param available false when the option cannot apply (outsourcing with a single factory)
     * @param rushSlipDays how many days after its planned sewing end the rush order is done
     * @param overtimePerDay the overtime pieces added per working day (overtime)
     * @param extraPieces the pieces sewn in overtime (overtime) or outsourced (outsourcing)
     * @param outsourceFactoryId where the outsourced part is sewn (outsourcing), else null
     */
    public record Outcome(Option option, boolean available, List<Slip> slips, int rushSlipDays, int overtimePerDay,
            int extraPieces, BigDecimal cost, Long outsourceFactoryId) {

        public int slipDays() {
            return slips.stream().mapToInt(Slip::days).sum();
        }

        public long lateOrders() {
            return slips.stream().filter(s -> s.lateDays() > 0).count();
        }
    }

    /** The rush order taken in as it is, and the three options. */
    public record Result(Outcome asIs, List<Outcome> options) {
    }

    private final Map<Long, FactoryCapacity> factories = new HashMap<>();
    private final Map<Long, List<Load>> loadsByFactory = new HashMap<>();
    private final Costs costs;

    public RushSimulation(List<FactoryCapacity> factories, List<Load> loads, Costs costs) {
        factories.forEach(f -> this.factories.put(f.factoryId(), f));
        loads.forEach(l -> loadsByFactory.computeIfAbsent(l.factoryId(), k -> new ArrayList<>()).add(l));
        this.costs = costs;
    }

    public Result simulate(Candidate rush) {
        FactoryCapacity home = factory(rush.factoryId());
        List<Load> loads = loadsByFactory.getOrDefault(rush.factoryId(), List.of());
        int[] baseline = baseline(home, loads);
        Outcome asIs = outcome(Option.AS_IS, home, loads, baseline, rush, rush.pieces(), null, false);
        return new Result(asIs, List.of(overtime(home, loads, baseline, rush, asIs),
                outsource(home, loads, baseline, rush, asIs),
                outcome(Option.RESEQUENCE, home, loads, baseline, rush, rush.pieces(), null, true)));
    }

    private Outcome overtime(FactoryCapacity home, List<Load> loads, int[] baseline, Candidate rush, Outcome asIs) {
        if (onPlan(asIs)) {
            return new Outcome(Option.OVERTIME, true, List.of(), 0, 0, 0, BigDecimal.ZERO, null);
        }
        int most = 0;
        for (int day = 0; day <= Math.min(rush.plannedEnd(), home.daily().length - 1); day++) {
            most = Math.max(most, mostOvertime(home.daily()[day]));
        }
        int low = 0;
        int high = most;
        while (low < high) {
            int mid = (low + high) >>> 1;
            Run run = run(home, loads, rush, rush.pieces(), overtime(home, rush, mid), false);
            if (onPlan(outcome(Option.OVERTIME, loads, baseline, rush, run, 0, null))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        Run run = run(home, loads, rush, rush.pieces(), overtime(home, rush, low), false);
        Outcome chosen = outcome(Option.OVERTIME, loads, baseline, rush, run, 0, null);
        return new Outcome(Option.OVERTIME, true, chosen.slips(), chosen.rushSlipDays(), low, run.overtimeUsed(),
                costs.overtimePerPiece().multiply(BigDecimal.valueOf(run.overtimeUsed())), null);
    }

    private Outcome outsource(FactoryCapacity home, List<Load> loads, int[] baseline, Candidate rush, Outcome asIs) {
        List<FactoryCapacity> others = factories.values().stream()
                .filter(f -> f.factoryId() != home.factoryId())
                .sorted(Comparator.comparingLong(FactoryCapacity::factoryId)).toList();
        if (others.isEmpty()) {
            return new Outcome(Option.OUTSOURCE, false, List.of(), asIs.rushSlipDays(), 0, 0, BigDecimal.ZERO, null);
        }
        int low = 0;
        int high = rush.pieces();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (onPlan(outcome(Option.OUTSOURCE, home, loads, baseline, rush, rush.pieces() - mid, null, false))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int moved = low;
        Outcome atHome = outcome(Option.OUTSOURCE, home, loads, baseline, rush, rush.pieces() - moved, null, false);
        Outcome best = null;
        for (FactoryCapacity other : others) {
            List<Load> there = loadsByFactory.getOrDefault(other.factoryId(), List.of());
            Candidate part = new Candidate(moved, other.factoryId(), rush.release(), rush.plannedEnd());
            Outcome away = outcome(Option.OUTSOURCE, other, there, baseline(other, there), part, moved, null, false);
            List<Slip> slips = new ArrayList<>(atHome.slips());
            slips.addAll(away.slips());
            Outcome candidate = new Outcome(Option.OUTSOURCE, true, slips,
                    Math.max(atHome.rushSlipDays(), away.rushSlipDays()), 0, moved,
                    costs.outsourcePerPiece().multiply(BigDecimal.valueOf(moved)), other.factoryId());
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean better(Outcome a, Outcome b) {
        return Comparator.comparingLong(Outcome::lateOrders)
                .thenComparingInt(o -> o.slips().size())
                .thenComparingInt(Outcome::slipDays)
                .thenComparingInt(Outcome::rushSlipDays)
                .compare(a, b) < 0;
    }

    private static boolean onPlan(Outcome outcome) {
        return outcome.slips().isEmpty() && outcome.rushSlipDays() == 0;
    }

    private int mostOvertime(int capacity) {
        return (int) Math.floor(capacity * costs.overtimeMaxShare());
    }

    /** {@code perDay} extra on every working day up to the rush order's planned end, within the day's share. */
    private int[] overtime(FactoryCapacity home, Candidate rush, int perDay) {
        int[] extra = new int[home.daily().length];
        for (int day = 0; day <= Math.min(rush.plannedEnd(), extra.length - 1); day++) {
            extra[day] = Math.min(perDay, mostOvertime(home.daily()[day]));
        }
        return extra;
    }

    private Outcome outcome(Option option, FactoryCapacity factory, List<Load> loads, int[] baseline, Candidate rush,
            int rushPieces, int[] extra, boolean yieldBySlack) {
        Run run = run(factory, loads, rush, rushPieces, extra, yieldBySlack);
        return outcome(option, loads, baseline, rush, run, 0, null);
    }

    private static Outcome outcome(Option option, List<Load> loads, int[] baseline, Candidate rush, Run run,
            int extraPieces, Long elsewhere) {
        List<Slip> slips = new ArrayList<>();
        for (int i = 0; i < loads.size(); i++) {
            Load load = loads.get(i);
            int before = Math.max(baseline[i], load.plannedEnd());
            int after = Math.max(run.finish()[i], load.plannedEnd());
            if (after > before) {
                slips.add(new Slip(load.orderNo(), after - before,
                        Math.max(0, after - load.plannedEnd() - load.slack()), after));
            }
        }
        int rushEnd = run.finish()[loads.size()];
        return new Outcome(option, true, slips, Math.max(0, rushEnd - rush.plannedEnd()), 0, extraPieces,
                BigDecimal.ZERO, elsewhere);
    }

    private static int[] baseline(FactoryCapacity factory, List<Load> loads) {
        return run(factory, loads, null, 0, null, false).finish();
    }

    /** The finish day of each load, then the rush order's (last; -1 when it has no pieces here). */
    private static Run run(FactoryCapacity factory, List<Load> loads, Candidate rush, int rushPieces, int[] extra,
            boolean yieldBySlack) {
        int n = loads.size();
        int jobs = n + (rush != null && rushPieces > 0 ? 1 : 0);
        int[] release = new int[jobs];
        int[] due = new int[jobs];
        int[] left = new int[jobs];
        for (int i = 0; i < n; i++) {
            Load load = loads.get(i);
            release[i] = load.release();
            due[i] = load.plannedEnd() + (yieldBySlack ? load.slack() : 0);
            left[i] = load.pieces();
        }
        if (jobs > n) {
            release[n] = rush.release();
            due[n] = rush.plannedEnd();
            left[n] = rushPieces;
        }
        int[] finish = new int[n + 1];
        finish[n] = -1;
        Integer[] byRelease = new Integer[jobs];
        for (int i = 0; i < jobs; i++) {
            byRelease[i] = i;
        }
        java.util.Arrays.sort(byRelease, Comparator.comparingInt(i -> release[i]));
        // the rush order (index n) wins a tie: it is the one being squeezed in ahead
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.<Integer>comparingInt(i -> due[i])
                .thenComparingInt(i -> i == n ? -1 : i));
        int[] daily = factory.daily();
        int next = 0;
        int overtimeUsed = 0;
        int done = 0;
        int day = 0;
        for (; done < jobs && day < daily.length; day++) {
            while (next < jobs && release[byRelease[next]] <= day) {
                ready.add(byRelease[next++]);
            }
            int regular = daily[day];
            int capacity = regular + (extra == null ? 0 : extra[day]);
            int used = 0;
            while (used < capacity && !ready.isEmpty()) {
                int job = ready.peek();
                int sewn = Math.min(capacity - used, left[job]);
                left[job] -= sewn;
                used += sewn;
                if (left[job] == 0) {
                    ready.poll();
                    finish[job] = day;
                    done++;
                }
            }
            overtimeUsed += Math.max(0, used - regular);
        }
        if (done < jobs) {
            finishBeyondHorizon(daily, day, release, due, left, finish);
        }
        return new Run(finish, overtimeUsed);
    }

    /** Past the last day known the factory is taken to sew its average working day, the most urgent first. */
    private static void finishBeyondHorizon(int[] daily, int from, int[] release, int[] due, int[] left,
            int[] finish) {
        int average = Math.max(1, (int) java.util.Arrays.stream(daily).filter(c -> c > 0).average().orElse(1));
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            if (left[i] > 0) {
                open.add(i);
            }
        }
        open.sort(Comparator.<Integer>comparingInt(i -> due[i]));
        long sewn = 0;
        for (int job : open) {
            sewn += left[job];
            finish[job] = Math.max(release[job], from + (int) ((sewn + average - 1) / average) - 1);
        }
    }

    private FactoryCapacity factory(long id) {
        return Optional.ofNullable(factories.get(id))
                .orElseThrow(() -> new IllegalArgumentException("no capacity for factory " + id));
    }

    private record Run(int[] finish, int overtimeUsed) {
    }
}
