package com.threadline.exception;

import com.threadline.notification.Inbox;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import com.threadline.web.ConflictException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the review report (复盘报告) of a closed exception; an exception still being handled has none yet. */
@Service
@Transactional(readOnly = true)
public class ReviewReports {

    private final OrderExceptionRepository exceptions;
    private final OrderRepository orders;
    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final Inbox inbox;
    private final Clock clock;

    ReviewReports(OrderExceptionRepository exceptions, OrderRepository orders, FactoryRepository factories,
            SupplierRepository suppliers, Inbox inbox, Clock clock) {
        this.exceptions = exceptions;
        this.orders = orders;
        this.factories = factories;
        this.suppliers = suppliers;
        this.inbox = inbox;
        this.clock = clock;
    }

    public ReviewReport of(Long id) {
        OrderException exception = exceptions.require(id);
        if (exception.getStatus() != ExceptionStatus.CLOSED) {
            throw new ConflictException("Exception " + id + " is not closed yet (status " + exception.getStatus()
                    + "); its review report exists once it is closed");
        }
        Order order = orders.findByOrderNo(exception.getOrderNo()).orElse(null);
        String factoryName = exception.getFactoryCode() == null ? null
                : factories.findByCode(exception.getFactoryCode()).map(Factory::getName).orElse(null);
        String supplierName = exception.getSupplierCode() == null ? null
                : suppliers.findByCode(exception.getSupplierCode()).map(Supplier::getName).orElse(null);
        return ReviewReport.of(exception, order, factoryName, supplierName, inbox.ofException(id), clock.instant());
    }
}
