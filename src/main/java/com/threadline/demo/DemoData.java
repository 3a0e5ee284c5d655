package com.threadline.demo;

import com.threadline.inputs.InputSource;
import com.threadline.inputs.OutputReport;
import com.threadline.inputs.ProductionOutputService;
import com.threadline.inputs.ProductionStage;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import com.threadline.order.ProgressReport;
import com.threadline.order.ProgressReportService;
import com.threadline.order.SizeLineRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import com.threadline.plan.Milestone;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small exporter's world: 3 factories, 4 suppliers, a login per role and
 * 40 orders driven through the real services to every stage, some of them late, and half a year of closed orders
 * behind them ({@link DemoHistory}).
 */
@Component
@ConditionalOnProperty(name = "threadline.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String[] CUSTOMERS = {"Nordic Outdoor AB", "Maple Kids Ltd", "Bella Moda S.r.l.",
            "Pacific Surf Co.", "Urban Threads GmbH"};
    private static final String[][] STYLES = {{"W-JK-2301 女式夹克", "WOVEN"}, {"K-TS-1180 针织T恤", "KNIT"},
            {"D-JN-0712 牛仔裤", "DENIM"}, {"K-HD-0933 卫衣", "KNIT"}, {"W-SH-4410 衬衫", "WOVEN"}};
    private static final String[] FACTORIES = {"F-NB", "F-SZ", "F-DG"};
    static final String FABRIC = "主面料 shell fabric";
    static final String TRIMS = "拉链纽扣 zips and buttons";
    private static final String[] COLOURS = {"黑 Black", "藏青 Navy", "米白 Ivory", "军绿 Olive"};
    private static final String[] SIZE_RUN = {"S", "M", "L", "XL", "XXL"};
    private static final int[] SIZE_WEIGHTS = {15, 25, 30, 20, 10};
    private static final int SIZE_WEIGHT_TOTAL = 100;
    /** Steps (index into {@link #STEPS}) from which an order has been cut, and from which it has left the factory. */
    private static final int CUT_STEP = 9;
    private static final int SHIPPED_STEP = 16;

    /** How many orders to leave at each step of the lifecycle (index into {@link #STEPS}). */
    private static final int[][] SPREAD = {{0, 5}, {2, 3}, {3, 3}, {5, 2}, {7, 4}, {8, 2}, {10, 2}, {11, 5},
            {12, 1}, {13, 2}, {14, 2}, {16, 2}, {18, 2}, {20, 3}};
    /**
     * How far each late order (every fourth) slips, in order: most by 9 days, two of those close to shipment by a few
     * days only. With grading by slack the demo shows what a normal day looks like: a few P0s, each an order due
     * within a month and more than 5 days late, and the far-off slips as P1 and P2.
     */
    private static final int[] SLIP_DAYS = {9, 9, 9, 9, 9, 4, 9, 3, 9};

    /** No lead is shorter than the shortest express plan (15 days): a nearer due date is refused at creation. */
    private static final int[] LEAD_DAYS_BY_STEP = {95, 92, 88, 80, 75, 70, 66, 45, 40, 35, 28, 20, 19, 18, 17, 16, 16,
            16, 16, 16, 16};

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final OrderRepository orders;
    private final OrderService orderService;
    private final ProgressReportService reports;
    private final TaskService tasks;
    private final DemoUsers users;
    private final DemoExceptions exceptions;
    private final DemoApprovals approvals;
    private final DemoCalendars calendars;
    private final DemoRoster roster;
    private final DemoStartChecks startChecks;
    private final DemoHistory history;
    private final TransactionTemplate transaction;
    private final ProductionOutputService output;
    private final Clock clock;

    DemoData(FactoryRepository factories, SupplierRepository suppliers, OrderRepository orders,
            OrderService orderService, ProgressReportService reports, TaskService tasks, DemoUsers users,
            DemoExceptions exceptions, DemoApprovals approvals, DemoCalendars calendars, DemoRoster roster,
            DemoStartChecks startChecks, DemoHistory history, TransactionTemplate transaction,
            ProductionOutputService output, Clock clock) {
        this.history = history;
        this.roster = roster;
        this.startChecks = startChecks;
        this.output = output;
        this.factories = factories;
        this.suppliers = suppliers;
        this.orders = orders;
        this.orderService = orderService;
        this.reports = reports;
        this.tasks = tasks;
        this.users = users;
        this.exceptions = exceptions;
        this.approvals = approvals;
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (factories.count() == 0) {
            createPartners();
            calendars.newYearShutdowns(LocalDate.now(clock));
        }
        users.create(factories.findByCode(FACTORIES[0]).orElseThrow(), suppliers.findByCode("S-KQ").orElseThrow());
        roster.create();
        if (orders.count() > 0) {
            return;
        }
        startChecks.create();
        int n = 0;
        Map<Integer, String> onTimeOrderAtStep = new HashMap<>();
        for (int[] spread : SPREAD) {
            for (int i = 0; i < spread[1]; i++) {
                int orderIndex = ++n;
                boolean late = orderIndex % 4 == 0;
                int slipDays = late ? SLIP_DAYS[(orderIndex / 4 - 1) % SLIP_DAYS.length] : 0;
                String orderNo = transaction.execute(status -> {
                    String no = driveTo(createOrder(orderIndex, spread[0]), spread[0], slipDays);
                    if (spread[0] >= CUT_STEP && spread[0] < SHIPPED_STEP) {
                        cutPerSize(no);
                    }
                    return no;
                });
                if (!late) {
                    onTimeOrderAtStep.putIfAbsent(spread[0], orderNo);
                }
            }
        }
        exceptions.fabricArrivesThreeDaysLate(onTimeOrderAtStep.get(3));
        exceptions.sewingRunsBelowPlan(onTimeOrderAtStep.get(8));
        exceptions.vesselArrivesLate(onTimeOrderAtStep.get(18));
        approvals.create(List.of(onTimeOrderAtStep.get(0), onTimeOrderAtStep.get(2), onTimeOrderAtStep.get(5),
                onTimeOrderAtStep.get(7)));
        orderService.cancel(createOrder(++n, 2).getOrderNo(), "客户取消：款式停产");
        orderService.cancel(createOrder(++n, 8).getOrderNo(), "客户取消：信用证未开");
        log.info("Demo data: {} orders created", n);
        history.create();
    }

    private void createPartners() {
        factories.save(new Factory("F-NB", "宁波华美制衣厂", "宁波", "张厂长", "13800000001"));
        factories.save(new Factory("F-SZ", "苏州锦绣服饰有限公司", "苏州", "钱经理", "13800000002"));
        factories.save(new Factory("F-DG", "东莞联丰制衣厂", "东莞", "孙厂长", "13800000003"));
        suppliers.save(new Supplier("S-KQ", "绍兴柯桥纺织", MaterialKind.FABRIC, 5, "何经理", "13900000001"));
        suppliers.save(new Supplier("S-CZ", "常州恒力面料", MaterialKind.FABRIC, 4, "马经理", "13900000002"));
        suppliers.save(new Supplier("S-YW", "义乌辅料城", MaterialKind.TRIMS, 3, "朱经理", "13900000003"));
        suppliers.save(new Supplier("S-GZ", "广州拉链辅料", MaterialKind.TRIMS, 2, "林经理", "13900000004"));
    }

    /** Due dates are chosen so that the step the order is left at falls due around today. */
    private Order createOrder(int n, int targetStep) {
        LocalDate today = LocalDate.now(clock);
        String[] style = STYLES[n % STYLES.length];
        CreateOrderRequest request = new CreateOrderRequest(String.format("TL-%d-%04d", today.getYear(), n),
                CUSTOMERS[n % CUSTOMERS.length], style[0], style[1], 600 + (n * 137) % 4400,
                today.plusDays(LEAD_DAYS_BY_STEP[targetStep] + n % 5), FACTORIES[n % FACTORIES.length], "merch", "owner",
                List.of(new MaterialLineRequest(MaterialKind.FABRIC, FABRIC, n % 2 == 0 ? "S-KQ" : "S-CZ",
                                BigDecimal.valueOf(1200 + n * 10L), "m", null),
                        new MaterialLineRequest(MaterialKind.TRIMS, TRIMS, n % 2 == 0 ? "S-YW" : "S-GZ",
                                BigDecimal.valueOf(2000 + n * 10L), "pcs", null)), n % 2 == 1 ? split(600 + (n * 137) % 4400, n) : null);
        return orderService.create(request).order();
    }

    /**
     * Every other demo order is split over two or three colours and five sizes, weighted as a size run is; the last
     * cell takes what rounding leaves.
     */
    private static List<SizeLineRequest> split(int quantity, int n) {
        int colours = 2 + n % 2 * (n % 3 == 0 ? 1 : 0);
        List<SizeLineRequest> lines = new ArrayList<>();
        int left = quantity;
        int cells = colours * SIZE_RUN.length;
        for (int c = 0; c < colours; c++) {
            for (int s = 0; s < SIZE_RUN.length; s++) {
                int share = lines.size() == cells - 1 ? left
                        : quantity * SIZE_WEIGHTS[s] / (colours * SIZE_WEIGHT_TOTAL);
                left -= share;
                lines.add(new SizeLineRequest(COLOURS[(n + c) % COLOURS.length], SIZE_RUN[s], share));
            }
        }
        return lines;
    }

    /** A split order past cutting shows cut pieces per cell: 60% of each cell yesterday, 40% today. */
    private void cutPerSize(String orderNo) {
        Order order = orders.require(orderNo);
        if (order.getSizeLines().isEmpty() || !order.isOpen()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int percent : new int[] {60, 40}) {
            List<SizeLineRequest> cut = order.getSizeLines().stream()
                    .map(line -> new SizeLineRequest(line.getColour(), line.getSize(), line.getQuantity() * percent / 100))
                    .toList();
            output.report(orderNo, new OutputReport(percent == 60 ? today.minusDays(1) : today, ProductionStage.CUTTING,
                    null, "factory-demo", InputSource.MANUAL, cut));
        }
    }

    private String driveTo(Order order, int targetStep, int slipDays) {
        for (int step = 0; step < targetStep; step++) {
            STEPS.get(step).apply(this, order.getOrderNo());
        }
        if (slipDays > 0 && orders.require(order.getOrderNo()).isOpen()) {
            slipNextOpenMilestone(order.getOrderNo(), slipDays);
        }
        return order.getOrderNo();
    }

    private void slipNextOpenMilestone(String orderNo, int slipDays) {
        Order order = orders.require(orderNo);
        order.getMilestones().stream()
                .filter(m -> !m.isDone())
                .min((a, b) -> a.getForecastDate().compareTo(b.getForecastDate()))
                .ifPresent(m -> orderService.expect(orderNo, m.getCode(), m.getForecastDate().plusDays(slipDays),
                        "供应商/工厂反馈延误 " + slipDays + " 天"));
    }

    private void completeTask(String orderNo, String taskKey, String dateVariable, String firstMilestone,
            Map<String, Object> more) {
        Order order = orders.require(orderNo);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(orderNo).taskDefinitionKey(taskKey)
                .singleResult();
        Map<String, Object> variables = new HashMap<>(more);
        variables.put(dateVariable, onTimeOrToday(order, firstMilestone).toString());
        tasks.complete(task.getId(), variables);
    }

    private void report(String orderNo, ProgressReport report) {
        reports.report(orderNo, report, onTimeOrToday(orders.require(orderNo), report.ownMilestone()));
    }

    private LocalDate onTimeOrToday(Order order, String milestoneCode) {
        LocalDate today = LocalDate.now(clock);
        return order.milestone(milestoneCode).map(Milestone::getPlannedDate)
                .filter(planned -> planned.isBefore(today))
                .orElse(today);
    }

    @FunctionalInterface
    private interface Step {
        void apply(DemoData demo, String orderNo);
    }

    private static final List<Step> STEPS = List.of(
            (d, o) -> d.completeTask(o, "Task_ConfirmOrder", "orderConfirmedOn", "ORDER_CONFIRMED", Map.of()),
            (d, o) -> d.completeTask(o, "Task_ConfirmTechPack", "techPackConfirmedOn", "TECH_PACK",
                    Map.of("techPackVersion", "V1")),
            (d, o) -> d.completeTask(o, "Task_ApproveSamples", "samplesApprovedOn", "PP_SAMPLE", Map.of()),
            (d, o) -> d.completeTask(o, "Task_BookMaterials", "materialsBookedOn", "FABRIC_BOOKED", Map.of()),
            (d, o) -> d.report(o, ProgressReport.FABRIC_SHIPPED),
            (d, o) -> d.report(o, ProgressReport.MATERIALS_IN_HOUSE),
            (d, o) -> d.completeTask(o, "Task_InspectFabric", "fabricInspectedOn", "FABRIC_INSPECTED", Map.of()),
            (d, o) -> d.completeTask(o, "Task_HoldPpMeeting", "ppMeetingOn", "PP_MEETING", Map.of()),
            (d, o) -> d.report(o, ProgressReport.CUTTING_DONE),
            (d, o) -> d.report(o, ProgressReport.SEWING_DONE),
            (d, o) -> d.report(o, ProgressReport.PACKING_DONE),
            (d, o) -> d.completeTask(o, "Task_InspectFinalGoods", "finalInspectionOn", "FINAL_INSPECTION",
                    Map.of("finalInspectionPassed", false, "defectsFound", 14)),
            (d, o) -> d.completeTask(o, "Task_ArrangeRework", "reworkDueOn", "FINAL_INSPECTION",
                    Map.of("reworkPlan", "返工线头与污渍，2天完成")),
            (d, o) -> d.completeTask(o, "Task_InspectFinalGoods", "finalInspectionOn", "FINAL_INSPECTION",
                    Map.of("finalInspectionPassed", true, "defectsFound", 0)),
            (d, o) -> d.completeTask(o, "Task_ConfirmCustomerInspection", "customerInspectedOn",
                    "CUSTOMER_INSPECTION", Map.of()),
            (d, o) -> d.completeTask(o, "Task_BookShipment", "shipmentBookedOn", "BOOKING",
                    Map.of("carrier", "COSCO", "bookingNo", "BK" + o.hashCode())),
            (d, o) -> d.report(o, ProgressReport.GOODS_EX_FACTORY),
            (d, o) -> d.report(o, ProgressReport.SHIPMENT_DEPARTED),
            (d, o) -> d.report(o, ProgressReport.SHIPMENT_ARRIVED),
            (d, o) -> d.report(o, ProgressReport.GOODS_DELIVERED));
}
