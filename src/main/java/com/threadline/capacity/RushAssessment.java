package com.threadline.capacity;

import com.threadline.access.StaffDirectory;
import com.threadline.capacity.RushSimulation.Candidate;
import com.threadline.capacity.RushSimulation.FactoryCapacity;
import com.threadline.capacity.RushSimulation.Load;
import com.threadline.capacity.RushSimulation.Option;
import com.threadline.capacity.RushSimulation.Outcome;
import com.threadline.capacity.RushSimulation.Result;
import com.threadline.capacity.RushSimulation.Slip;
import com.threadline.notification.Inbox;
import com.threadline.order.EditOrderRequest;
import com.threadline.order.OrderService;
import com.threadline.plan.Milestone;
import com.threadline.plan.PlanGenerator.Plan;
import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rush-order assessment (插单评估): simulates a candidate order against every factory's capacity and the open orders'
 * sewing ({@link RushSimulation}), and takes it in by the option the planner accepts: the order is opened as any
 * order is, the orders it pushes back expect their sewing done later (their plans re-forecast, their history says
 * why), and their merchandisers find a message in their inbox. Simulating writes nothing.
 */
@Service
public class RushAssessment {

    static final String SEWING_START = "SEWING_START";
    static final String SEWING_DONE = "SEWING_DONE";
    /** Days past the last planned sewing end the simulation still counts capacity for. */
    private static final int HORIZON_MARGIN_DAYS = 120;

    private final CapacityFactories factories;
    private final OpenSewingQuery sewing;
    private final CapacityStore store;
    private final OrderService orders;
    private final Inbox inbox;
    private final StaffDirectory staff;
    private final Clock clock;

    RushAssessment(CapacityFactories factories, OpenSewingQuery sewing, CapacityStore store, OrderService orders,
            Inbox inbox, StaffDirectory staff, Clock clock) {
        this.factories = factories;
        this.sewing = sewing;
        this.store = store;
        this.orders = orders;
        this.inbox = inbox;
        this.staff = staff;
        this.clock = clock;
    }

    /** An existing order an option moves. {@code lateDays}: how far past its due date it then ships (0: on time). */
    public record MovedOrder(String orderNo, String customer, String factoryName, String merchandiser, int days,
            LocalDate sewingEnd, LocalDate newSewingEnd, LocalDate dueDate, int lateDays) {
    }

    /**
     * @param rushLateDays how many days after its planned sewing end the new order is done
     * @param overtimePerDay overtime pieces a day (overtime); {@code extraPieces}: sewn in overtime or outsourced
     */
    public record OptionView(Option option, String label, boolean available, BigDecimal cost, int overtimePerDay,
            int extraPieces, String outsourceFactoryName, int rushLateDays, int movedOrders, long lateOrders,
            int slipDays, List<MovedOrder> moved) {
    }

    public record Assessment(String factoryName, int quantity, LocalDate sewingStart, LocalDate sewingEnd,
            LocalDate dueDate, OptionView asIs, List<OptionView> options) {
    }

    public record Accepted(String orderNo, Option option, String label, List<MovedOrder> moved) {
    }

    @Transactional(readOnly = true)
    public Assessment simulate(RushCandidate candidate) {
        return assess(candidate).assessment();
    }

    /** Opens the order and moves the plans the accepted option moves, all in this one transaction. */
    @Transactional
    public Accepted accept(RushAcceptance acceptance) {
        if (acceptance.option() == Option.AS_IS) {
            throw InvalidRequestException.of("option", "请选择加班、外发或调整排序之一");
        }
        Assessed assessed = assess(acceptance.candidate());
        OptionView chosen = assessed.assessment().options().stream()
                .filter(o -> o.option() == acceptance.option()).findFirst().orElseThrow();
        if (!chosen.available()) {
            throw InvalidRequestException.of("option", chosen.label() + "不可用：没有其他工厂");
        }
        if (!orders.create(acceptance.order()).isNew()) {
            throw new ConflictException("订单 " + acceptance.orderNo() + " 已存在，请换一个订单号");
        }
        orders.edit(acceptance.orderNo(), new EditOrderRequest(null, remark(chosen), null, null));
        for (MovedOrder moved : chosen.moved()) {
            orders.expect(moved.orderNo(), SEWING_DONE, moved.newSewingEnd(), "插单 " + acceptance.orderNo() + "（"
                    + chosen.label() + "）：缝制完成顺延 " + moved.days() + " 天");
            inbox.notice(assessed.merchandiserOf().get(moved.orderNo()),
                    "插单影响：订单 " + moved.orderNo() + " 缝制完成顺延 " + moved.days() + " 天",
                    "为插单 " + acceptance.orderNo() + "（" + acceptance.customer() + "，" + acceptance.quantity()
                            + " 件）采用「" + chosen.label() + "」，订单 " + moved.orderNo() + "（" + moved.customer()
                            + "）在" + moved.factoryName() + "的缝制完成由 " + moved.sewingEnd() + " 顺延至 "
                            + moved.newSewingEnd() + (moved.lateDays() > 0 ? "，预计晚于交期 " + moved.lateDays() + " 天"
                            : "，仍在余量内，交期不变") + "。",
                    "/orders/" + moved.orderNo());
        }
        return new Accepted(acceptance.orderNo(), chosen.option(), chosen.label(), chosen.moved());
    }

    private static String remark(OptionView chosen) {
        return switch (chosen.option()) {
            case OVERTIME -> "插单评估：加班，每天加 " + chosen.overtimePerDay() + " 件，共 " + chosen.extraPieces()
                    + " 件，加班费 ¥" + chosen.cost().toPlainString();
            case OUTSOURCE -> "插单评估：外发 " + chosen.extraPieces() + " 件至" + chosen.outsourceFactoryName()
                    + "，外发费 ¥" + chosen.cost().toPlainString();
            default -> "插单评估：" + chosen.label() + "，顺延 " + chosen.movedOrders() + " 个有余量的订单";
        };
    }

    private record Assessed(Assessment assessment, Map<String, String> merchandiserOf) {
    }

    private Assessed assess(RushCandidate candidate) {
        LocalDate today = LocalDate.now(clock);
        Plan plan = orders.preview(candidate.productType(), candidate.dueDate(), candidate.factoryCode());
        LocalDate sewingStart = plannedDate(plan, SEWING_START);
        LocalDate sewingEnd = plannedDate(plan, SEWING_DONE);
        CapacitySettings settings = store.settings();
        List<WeeklyBoard.Factory> all = factories.all(settings);
        Map<Long, WeeklyBoard.Factory> byId = all.stream()
                .collect(Collectors.toMap(WeeklyBoard.Factory::id, Function.identity()));
        WeeklyBoard.Factory home = all.stream().filter(f -> f.code().equals(candidate.factoryCode()))
                .findFirst().orElseThrow(() -> InvalidRequestException.of("factoryCode", "没有这个工厂"));
        List<OpenSewing> open = sewing.all().stream().filter(o -> o.remaining() > 0).toList();

        LocalDate last = sewingEnd;
        for (OpenSewing o : open) {
            last = o.end().isAfter(last) ? o.end() : last;
        }
        int horizon = day(today, last) + HORIZON_MARGIN_DAYS;
        List<FactoryCapacity> capacities = new ArrayList<>();
        for (WeeklyBoard.Factory f : all) {
            int[] daily = new int[horizon];
            for (int d = 0; d < horizon; d++) {
                daily[d] = f.calendar().isClosed(today.plusDays(d), true) ? 0 : f.dailyPieces();
            }
            capacities.add(new FactoryCapacity(f.id(), daily));
        }
        Map<String, OpenSewing> byOrderNo = new HashMap<>();
        List<Load> loads = new ArrayList<>(open.size());
        for (OpenSewing o : open) {
            byOrderNo.put(o.orderNo(), o);
            int end = Math.max(0, day(today, o.end()));
            int slack = Math.max(0, day(o.end(), o.dueDate()) - settings.finishingDays());
            loads.add(new Load(o.orderNo(), o.factoryId(), o.remaining(), Math.max(0, day(today, o.start())), end,
                    slack));
        }
        Result result = new RushSimulation(capacities, loads, settings.costs()).simulate(new Candidate(
                candidate.quantity(), home.id(), Math.max(0, day(today, sewingStart)),
                Math.max(0, day(today, sewingEnd))));

        Map<String, String> merchandiserOf = open.stream()
                .collect(Collectors.toMap(OpenSewing::orderNo, OpenSewing::merchandiser, (a, b) -> a));
        Map<String, String> names = staff.namesOf(merchandiserOf.values().stream().distinct().toList());
        Function<Outcome, OptionView> view = outcome -> view(outcome, today, byOrderNo, byId, names);
        return new Assessed(new Assessment(home.name(), candidate.quantity(), sewingStart, sewingEnd,
                candidate.dueDate(), view.apply(result.asIs()), result.options().stream().map(view).toList()),
                merchandiserOf);
    }

    private static OptionView view(Outcome outcome, LocalDate today, Map<String, OpenSewing> byOrderNo,
            Map<Long, WeeklyBoard.Factory> factories, Map<String, String> names) {
        List<MovedOrder> moved = new ArrayList<>();
        for (Slip slip : outcome.slips()) {
            OpenSewing order = byOrderNo.get(slip.orderNo());
            LocalDate newEnd = today.plusDays(slip.newEnd());
            moved.add(new MovedOrder(order.orderNo(), order.customer(), factories.get(order.factoryId()).name(),
                    names.getOrDefault(order.merchandiser(), order.merchandiser()), slip.days(),
                    newEnd.minusDays(slip.days()), newEnd, order.dueDate(), slip.lateDays()));
        }
        String outsourcedTo = outcome.outsourceFactoryId() == null ? null
                : factories.get(outcome.outsourceFactoryId()).name();
        return new OptionView(outcome.option(), label(outcome.option()), outcome.available(), outcome.cost(),
                outcome.overtimePerDay(), outcome.extraPieces(), outsourcedTo, outcome.rushSlipDays(), moved.size(),
                outcome.lateOrders(), outcome.slipDays(), moved);
    }

    static String label(Option option) {
        return switch (option) {
            case AS_IS -> "直接插单";
            case OVERTIME -> "加班";
            case OUTSOURCE -> "外发";
            case RESEQUENCE -> "调整排序";
        };
    }

    private static LocalDate plannedDate(Plan plan, String code) {
        return plan.milestones().stream().filter(m -> m.getCode().equals(code)).map(Milestone::getPlannedDate)
                .findFirst().orElseThrow(() -> InvalidRequestException.of("productType", "该品类的计划没有缝制节点"));
    }

    private static int day(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
