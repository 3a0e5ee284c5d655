package com.threadline.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final OrderLifecycle lifecycle;
    private final EarlyReportRepository earlyReports;
    private final CustomerDirectory customers;
    private final ObjectMapper json;
    private final Clock clock;

    OrderService(OrderRepository orders, FactoryRepository factories, SupplierRepository suppliers,
            PlanGenerator planGenerator, OrderPlanUpdater planUpdater, OrderLifecycle lifecycle,
            EarlyReportRepository earlyReports, CustomerDirectory customers, ObjectMapper json, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.factories = factories;
        this.suppliers = suppliers;
        this.planGenerator = planGenerator;
        this.planUpdater = planUpdater;
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
        LocalDate today = planUpdater.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.dueDate().isAfter(today)) {
            problems.add(new FieldProblem("dueDate", "must be after today (" + today + ")"));
        }
        Optional<Factory> factory = factories.findByCode(request.factoryCode());
        if (factory.isEmpty()) {
            problems.add(new FieldProblem("factoryCode", "no factory with code " + request.factoryCode()));
        }
        Map<String, Supplier> supplierByCode = suppliers.findByCodeIn(request.materialsOrEmpty().stream()
                .map(MaterialLineRequest::supplierCode).toList()).stream()
                .collect(Collectors.toMap(Supplier::getCode, Function.identity()));
        for (int i = 0; i < request.materialsOrEmpty().size(); i++) {
            MaterialLineRequest line = request.materialsOrEmpty().get(i);
            if (!supplierByCode.containsKey(line.supplierCode())) {
                problems.add(new FieldProblem("materials[" + i + "].supplierCode",
                        "no supplier with code " + line.supplierCode()));
            }
            if (line.poDueDate() != null && line.poDueDate().isAfter(request.dueDate())) {
                problems.add(new FieldProblem("materials[" + i + "].poDueDate", "must not be after the order's due date"));
            }
        }
        Optional<Plan> plan = planGenerator.generate(request.productType(), today, request.dueDate());
        if (plan.isEmpty()) {
            problems.add(new FieldProblem("productType",
                    "no T&A template for " + request.productType() + "; known: " + planGenerator.productTypes()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }

        Order order = new Order(request.orderNo(), customers.findOrAdd(request.customer()), request.style(), request.productType(),
                request.quantity(), request.dueDate(), factory.get(), request.merchandiser(),
                request.businessOwner(), fingerprint, clock.instant());
        int lineNo = 0;
        for (MaterialLineRequest line : request.materialsOrEmpty()) {
            order.addMaterial(new MaterialLine(++lineNo, line.kind(), line.description(),
                    supplierByCode.get(line.supplierCode()), line.quantity(), line.unit(), line.poDueDate()));
        }
        order.adoptPlan(plan.get().templateCode(), plan.get().milestones());
        planUpdater.reforecast(order);
        orders.save(order);
        order.startedAs(lifecycle.start(order.getOrderNo()));
        return new Created(order, true);
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

    /** Cancels the order and ends its process wherever it stands (the process's cancellation event). */
    @Transactional
    public Order cancel(String orderNo, String reason) {
        Order order = openOrder(orderNo);
        order.cancel(reason, clock.instant());
        lifecycle.correlate(orderNo, OrderLifecycle.ORDER_CANCELLED);
        earlyReports.deleteByOrderNo(orderNo);
        return order;
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
}
