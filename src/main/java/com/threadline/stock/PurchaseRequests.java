package com.threadline.stock;

import com.threadline.access.SignedInUser;
import com.threadline.order.EditOrderRequest;
import com.threadline.order.EditOrderRequest.MaterialDate;
import com.threadline.order.MaterialLine;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase requests: opened by the stock check, answered by the supplier with a promised date, which becomes the
 * line's PO due date. Rows the supplier's page reads, without a process: all a request does is wait for that one
 * answer, and the answer sets the PO due date in its own transaction.
 */
@Service
public class PurchaseRequests {

    private final PurchaseRequestRepository requests;
    private final SupplierRepository suppliers;
    private final OrderRepository orders;
    private final OrderService orderService;
    private final Clock clock;

    PurchaseRequests(PurchaseRequestRepository requests, SupplierRepository suppliers, OrderRepository orders,
            OrderService orderService, Clock clock) {
        this.requests = requests;
        this.suppliers = suppliers;
        this.orders = orders;
        this.orderService = orderService;
        this.clock = clock;
    }

    void request(Order order, MaterialLine line) {
        requests.save(new PurchaseRequest(order.getOrderNo(), line.getLineNo(), line.getSupplier(),
                line.getDescription(), line.getQuantity(), line.getUnit(), line.getNeededBy(), clock.instant()));
    }

    /** The requests a supplier has yet to answer; a supplier's people see only their own supplier's. */
    @Transactional(readOnly = true)
    public List<PurchaseRequest> waitingFor(String supplierCode, SignedInUser user) {
        Supplier supplier = suppliers.findByCode(supplierCode)
                .filter(found -> user.supplierId() == null || found.getId().equals(user.supplierId()))
                .orElseThrow(() -> new NotFoundException("No supplier " + supplierCode));
        return requests.waitingFor(supplier.getId());
    }

    /** The supplier's answer: the request is answered and the line's PO due date is the promise (the plan follows). */
    @Transactional
    public PurchaseRequest promise(long requestId, LocalDate date, SignedInUser user) {
        PurchaseRequest request = requests.findById(requestId)
                .filter(found -> user.supplierId() == null || found.getSupplier().getId().equals(user.supplierId()))
                .orElseThrow(() -> new NotFoundException("No purchase request " + requestId));
        if (request.isAnswered()) {
            throw new ConflictException("采购申请已答复 / already answered");
        }
        Order order = orders.require(request.getOrderNo());
        if (!order.isOpen()) {
            throw new ConflictException("订单已关闭 / the order is " + order.getStatus());
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isBefore(today)) {
            throw InvalidRequestException.of("promisedDate", "不能早于今天 / must not be before today");
        }
        if (date.isAfter(order.getDueDate())) {
            throw InvalidRequestException.of("promisedDate",
                    "不能晚于订单交期 " + order.getDueDate() + " / must not be after the order's due date");
        }
        request.promised(date, clock.instant());
        orderService.edit(order.getOrderNo(),
                new EditOrderRequest(null, null, List.of(new MaterialDate(request.getLineNo(), date)), null));
        return request;
    }
}
