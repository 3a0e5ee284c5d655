package com.threadline.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.calendar.WorkingCalendars;
import com.threadline.customer.CustomerDirectory;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import com.threadline.plan.PlanGenerator;
import com.threadline.plan.PlanGenerator.Plan;
import com.threadline.web.ConflictException;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, changes and cancels orders; every change re-forecasts the plan in the same transaction. */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final PlanGenerator planGenerator;
    private final OrderPlanUpdater planUpdater;
    private final WorkingCalendars calendars;
    private final OrderLifecycle lifecycle;
    private final EarlyReportRepository earlyReports;
    private final CustomerDirectory customers;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderService(OrderRepository orders, FactoryRepository factories, SupplierRepository suppliers,
            PlanGenerator planGenerator, OrderPlanUpdater planUpdater, WorkingCalendars calendars,
            OrderLifecycle lifecycle, EarlyReportRepository earlyReports, CustomerDirectory customers,
            ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.customers = customers;
        this.factories = factories;
        this.suppliers = suppliers;
        this.planGenerator = planGenerator;
        this.planUpdater = planUpdater;
        this.calendars = calendars;
        this.lifecycle = lifecycle;
        this.earlyReports = earlyReports;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Opens the order, makes its plan and starts its lifecycle. The same request again returns the
     * stored order unchanged; a different request under the same number is a conflict.
     */
    @Transactional
    public Created create(CreateOrderRequest request) {
        String fingerprint = fingerprint(request);
        Optional<Order> existing = orders.findByOrderNo(request.orderNo());
        if (existing.isPresent()) {
            if (!existing.get().getRequestFingerprint().equals(fingerprint)) {
                throw new ConflictException("Order " + request.orderNo()
                        + " already exists with different content; change it through its own endpoints");
            }
            return new Created(existing.get(), false);
        }
        Checked checked = check(request.productType(), request.dueDate(), request.factoryCode(),
                request.materialsOrEmpty(), SizeCell.problems("sizeLines", request.sizeLinesOrEmpty(), request.quantity()));
        Order order = new Order(request.orderNo(), customers.findOrAdd(request.customer()), request.style(), request.productType(),
                request.quantity(), request.dueDate(), checked.factory(), request.merchandiser(),
                request.businessOwner(), fingerprint, clock.instant());
        order.pricedAt(request.unitPrice());
        int lineNo = 0;
        for (MaterialLineRequest line : request.materialsOrEmpty()) {
            order.addMaterial(new MaterialLine(++lineNo, line.kind(), line.description(),
                    checked.suppliers().get(line.supplierCode()), line.quantity(), line.unit(), line.poDueDate()));
        }
        order.splitInto(request.sizeLinesOrEmpty(), clock.instant());
        order.adoptPlan(checked.plan().templateCode(), checked.plan().milestones(), checked.plan().keptPercent());
        planUpdater.materialsChanged(order);
        orders.save(order);
        order.startedAs(lifecycle.start(order.getOrderNo()));
        return new Created(order, true);
    }

    /** The plan an order of this type, due date and factory would get today; refused as creating it would be. */
    @Transactional(readOnly = true)
    public Plan preview(String productType, LocalDate dueDate, String factoryCode) {
        return check(productType, dueDate, factoryCode, List.of(), List.of()).plan();
    }

    /**
     * Every reason the order cannot be opened, each on its field; else the factory, the suppliers by code and the
     * plan it gets.
     */
    private Checked check(String productType, LocalDate dueDate, String factoryCode,
            List<MaterialLineRequest> materials, List<FieldProblem> otherProblems) {
        LocalDate today = planUpdater.today();
        List<FieldProblem> problems = new ArrayList<>(otherProblems);
        if (!dueDate.isAfter(today)) {
            problems.add(new FieldProblem("dueDate", "交期须晚于今天（" + today + "） / must be after today (" + today + ")"));
        }
        Optional<Factory> factory = factories.findByCode(factoryCode);
        if (factory.isEmpty()) {
            problems.add(new FieldProblem("factoryCode", "没有这个工厂 / no factory with code " + factoryCode));
        }
        Map<String, Supplier> supplierByCode = suppliers.findByCodeIn(materials.stream()
                .map(MaterialLineRequest::supplierCode).toList()).stream()
                .collect(Collectors.toMap(Supplier::getCode, Function.identity()));
        for (int i = 0; i < materials.size(); i++) {
            MaterialLineRequest line = materials.get(i);
            if (!supplierByCode.containsKey(line.supplierCode())) {
                problems.add(new FieldProblem("materials[" + i + "].supplierCode",
                        "没有这个供应商 / no supplier with code " + line.supplierCode()));
            }
            if (line.poDueDate() != null && line.poDueDate().isAfter(dueDate)) {
                problems.add(new FieldProblem("materials[" + i + "].poDueDate",
                        "不能晚于订单交期 / must not be after the order's due date"));
            }
        }
        Optional<Plan> plan = planGenerator.generate(productType, today, dueDate,
                calendars.forFactory(factory.map(Factory::getId).orElse(null)));
        if (plan.isEmpty()) {
            problems.add(new FieldProblem("productType", "没有这个品类的 T&A 模板 / no T&A template for " + productType
                    + "; known: " + planGenerator.productTypes()));
        } else if (!plan.get().fits() && dueDate.isAfter(today)) {
            problems.add(new FieldProblem("dueDate", "交期太近，最短计划也排不下：最早可交 " + plan.get().earliestDue()
                    + " / too near even for the shortest plan; the earliest feasible due date is "
                    + plan.get().earliestDue()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Checked(factory.get(), supplierByCode, plan.get());
    }

    /**
     * Changes what needs nobody's approval: the style text, the remarks, the material lines' PO due dates (the
     * in-house milestones then wait for the new dates) and the split of the quantity over colours and sizes. Null
     * leaves a fact as it is.
     */
    @Transactional
    public Order edit(String orderNo, EditOrderRequest edit) {
        Order order = openOrder(orderNo);
        List<FieldProblem> problems = new ArrayList<>();
        List<EditOrderRequest.MaterialDate> dates = edit.materialsOrEmpty();
        for (int i = 0; i < dates.size(); i++) {
            EditOrderRequest.MaterialDate date = dates.get(i);
            if (order.material(date.lineNo()).isEmpty()) {
                problems.add(new FieldProblem("materials[" + i + "].lineNo",
                        "订单没有第 " + date.lineNo() + " 行面辅料 / the order has no material line " + date.lineNo()));
            } else if (date.poDueDate().isAfter(order.getDueDate())) {
                problems.add(new FieldProblem("materials[" + i + "].poDueDate",
                        "不能晚于订单交期 / must not be after the order's due date"));
            }
        }
        if (edit.sizeLines() != null) {
            problems.addAll(SizeCell.problems("sizeLines", edit.sizeLines(), order.getQuantity()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        order.describe(edit.style(), edit.remarks(), clock.instant());
        if (edit.sizeLines() != null) {
            order.splitInto(edit.sizeLines(), clock.instant());
        }
        boolean datesMoved = false;
        for (EditOrderRequest.MaterialDate date : dates) {
            datesMoved |= order.material(date.lineNo()).orElseThrow().promisedFor(date.poDueDate());
        }
        if (datesMoved) {
            planUpdater.materialsChanged(order);
        }
        return order;
    }

    /**
     * Whether the order already holds what the request says, in every fact an import may send: importing the same
     * row again changes nothing. Size lines left out of the request are not compared.
     */
    @Transactional(readOnly = true)
    public boolean holds(CreateOrderRequest request) {
        Order order = orders.require(request.orderNo());
        return order.getStyle().equals(request.style().strip()) && order.getQuantity() == request.quantity()
                && order.getDueDate().equals(request.dueDate()) && fixedFactsProblems(order, request).isEmpty()
                && (request.sizeLines() == null || sameSizeLines(order, request.sizeLines()));
    }

    /**
     * Brings an open order to what an import (or an ERP) now says: the style and the colour/size split through the
     * desk's edit, the due date and quantity as an approved change applies them (the plan is re-forecast from the
     * new due date). Who the order is for, what and where it is made and who follows it are fixed once it runs: a
     * different value is refused on its field. Size lines left out stay as they are.
     */
    @Transactional
    public Order update(CreateOrderRequest request) {
        Order order = openOrder(request.orderNo());
        List<FieldProblem> problems = fixedFactsProblems(order, request);
        LocalDate today = planUpdater.today();
        if (!request.dueDate().equals(order.getDueDate()) && !request.dueDate().isAfter(today)) {
            problems.add(new FieldProblem("dueDate", "交期须晚于今天（" + today + "） / must be after today (" + today + ")"));
        }
        boolean resplit = request.sizeLines() != null && !sameSizeLines(order, request.sizeLines());
        if (resplit) {
            problems.addAll(SizeCell.problems("sizeLines", request.sizeLines(), request.quantity()));
        } else if (order.getQuantity() != request.quantity() && !order.getSizeLines().isEmpty()) {
            problems.add(new FieldProblem("quantity", "订单已按颜色尺码分配，改数量须同时给出各颜色尺码 / the order is split "
                    + "by colour and size: send its size lines with the new quantity"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (order.getQuantity() != request.quantity()) {
            changeQuantity(request.orderNo(), request.quantity());
        }
        boolean restyle = !order.getStyle().equals(request.style().strip());
        if (restyle || resplit) {
            edit(request.orderNo(), new EditOrderRequest(restyle ? request.style() : null, null, null,
                    resplit ? request.sizeLines() : null));
        }
        if (!order.getDueDate().equals(request.dueDate())) {
            moveDueDate(request.orderNo(), request.dueDate());
        }
        return order;
    }

    private static boolean sameSizeLines(Order order, List<SizeLineRequest> lines) {
        List<SizeLine> held = order.getSizeLines();
        if (held.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            SizeLineRequest line = lines.get(i);
            if (!held.get(i).is(line.colour(), line.size()) || held.get(i).getQuantity() != line.quantity()) {
                return false;
            }
        }
        return true;
    }

    private static List<FieldProblem> fixedFactsProblems(Order order, CreateOrderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String fixed = "订单已在执行，此项不能通过导入更改 / cannot be changed once the order runs; was ";
        if (!order.getCustomer().getName().equals(request.customer().strip())) {
            problems.add(new FieldProblem("customer", fixed + order.getCustomer().getName()));
        }
        if (!order.getProductType().equals(request.productType())) {
            problems.add(new FieldProblem("productType", fixed + order.getProductType()));
        }
        if (!order.getFactory().getCode().equals(request.factoryCode())) {
            problems.add(new FieldProblem("factoryCode", fixed + order.getFactory().getCode()));
        }
        if (!order.getMerchandiser().equals(request.merchandiser())) {
            problems.add(new FieldProblem("merchandiser", fixed + order.getMerchandiser()));
        }
        if (!order.getBusinessOwner().equals(request.businessOwner())) {
            problems.add(new FieldProblem("businessOwner", fixed + order.getBusinessOwner()));
        }
        return problems;
    }

    @Transactional
    public Order recordActual(String orderNo, String milestoneCode, LocalDate actualDate) {
        Order order = openOrder(orderNo);
        planUpdater.recordActual(order, milestoneCode, actualDate);
        return order;
    }

    @Transactional
    public Order expect(String orderNo, String milestoneCode, LocalDate expectedDate, String reason) {
        Order order = openOrder(orderNo);
        planUpdater.expect(order, milestoneCode, expectedDate, reason);
        return order;
    }

    /**
     * An approved delivery date change: the order is now due on {@code dueDate}, and its delay is counted from
     * there. The plan's planned dates stay as they were agreed. An order closed meanwhile is left as it is.
     */
    @Transactional
    public void moveDueDate(String orderNo, LocalDate dueDate) {
        Order order = orders.require(orderNo);
        if (order.isOpen()) {
            order.dueOn(dueDate, clock.instant());
            planUpdater.reforecast(order);
        }
    }

    /** An approved quantity change; an order closed meanwhile is left as it is. */
    @Transactional
    public void changeQuantity(String orderNo, int quantity) {
        Order order = orders.require(orderNo);
        if (order.isOpen()) {
            order.ofQuantity(quantity, clock.instant());
        }
    }

    /** Cancels the order and ends its process wherever it stands (the process's cancellation event). */
    @Transactional
    public Order cancel(String orderNo, String reason) {
        Order order = closeAsCancelled(orderNo, reason);
        lifecycle.correlate(orderNo, OrderLifecycle.ORDER_CANCELLED);
        return order;
    }

    /**
     * Cancels the order from inside its own lifecycle (finance rejected its credit): the process ends by its own
     * path, so it is not sent the cancellation that would interrupt the step running this.
     */
    @Transactional
    public Order cancelFromLifecycle(String orderNo, String reason) {
        return closeAsCancelled(orderNo, reason);
    }

    private Order closeAsCancelled(String orderNo, String reason) {
        Order order = openOrder(orderNo);
        order.cancel(reason, clock.instant());
        earlyReports.deleteByOrderNo(orderNo);
        events.publishEvent(new OrderCancelled(orderNo));
        return order;
    }

    @Transactional
    public void recordCreditCheck(String orderNo, CreditCheck check, String note) {
        orders.forProcess(orderNo).creditChecked(check, note, clock.instant());
    }

    @Transactional
    public void recordSupply(String orderNo, int lineNo, MaterialSupply supply) {
        Order order = orders.forProcess(orderNo);
        order.material(lineNo).orElseThrow(() -> new NotFoundException("Order " + orderNo + " has no line " + lineNo))
                .suppliedBy(supply);
    }

    private Order openOrder(String orderNo) {
        Order order = orders.require(orderNo);
        if (!order.isOpen()) {
            throw new ConflictException("Order " + orderNo + " is " + order.getStatus() + " and can no longer change");
        }
        return order;
    }

    private String fingerprint(CreateOrderRequest request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint order request", e);
        }
    }

    public record Created(Order order, boolean isNew) {
    }

    private record Checked(Factory factory, Map<String, Supplier> suppliers, Plan plan) {
    }
}
