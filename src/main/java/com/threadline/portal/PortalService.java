package com.threadline.portal;

import com.threadline.order.MaterialLine;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.SupplierRepository;
import com.threadline.plan.Milestone;
import com.threadline.portal.PortalViews.NextMilestone;
import com.threadline.portal.PortalViews.NextMilestones;
import com.threadline.portal.PortalViews.StockingView;
import com.threadline.portal.PortalViews.SupplierLine;
import com.threadline.web.ConflictException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the factory and supplier pages read, and the supplier's stocking progress. */
@Service
class PortalService {

    private final PortalQueries queries;
    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final OrderRepository orders;
    private final StockingReportRepository stocking;
    private final Clock clock;

    PortalService(PortalQueries queries, FactoryRepository factories, SupplierRepository suppliers,
            OrderRepository orders, StockingReportRepository stocking, Clock clock) {
        this.queries = queries;
        this.factories = factories;
        this.suppliers = suppliers;
        this.orders = orders;
        this.stocking = stocking;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NextMilestones> nextMilestones(String factoryCode, int count) {
        factories.findByCode(factoryCode).orElseThrow(() -> new NotFoundException("No factory " + factoryCode));
        return queries.openOrdersWithMilestones(factoryCode).stream()
                .sorted(Comparator.comparing(Order::getOrderNo))
                .map(order -> new NextMilestones(order.getOrderNo(), order.getMilestones().stream()
                        .filter(m -> !m.isDone() && m.isOnFactoryCalendar())
                        .sorted(Comparator.comparing(Milestone::getForecastDate).thenComparing(Milestone::getSeq))
                        .limit(count)
                        .map(m -> new NextMilestone(m.getCode(), m.getNameZh(), m.getPlannedDate(),
                                m.getForecastDate(), ChronoUnit.DAYS.between(m.getPlannedDate(), m.getForecastDate())))
                        .toList()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SupplierLine> openLines(String supplierCode) {
        suppliers.findByCode(supplierCode).orElseThrow(() -> new NotFoundException("No supplier " + supplierCode));
        List<Object[]> rows = queries.openLinesOfSupplier(supplierCode);
        Map<Long, Integer> readyPercent = new HashMap<>();
        stocking.findByMaterialLineIdInOrderByIdAsc(rows.stream().map(r -> ((MaterialLine) r[1]).getId()).toList())
                .forEach(report -> readyPercent.put(report.getMaterialLineId(), report.getReadyPercent()));
        return rows.stream().map(row -> {
            Order o = (Order) row[0];
            MaterialLine m = (MaterialLine) row[1];
            return new SupplierLine(o.getOrderNo(), o.getStyle(), o.getFactory().getName(), m.getLineNo(),
                    m.getKind(), m.getDescription(), m.getQuantity(), m.getUnit(), m.getNeededBy(), m.getPoDueDate(),
                    m.getShippedDate(), m.getCarrier(), m.getTrackingNo(), m.getEta(), readyPercent.get(m.getId()));
        }).toList();
    }

    @Transactional
    public StockingView reportStocking(String orderNo, int lineNo, StockingInput input) {
        Order order = orders.require(orderNo);
        if (!order.isOpen()) {
            throw new ConflictException("Order " + orderNo + " is " + order.getStatus() + "; it takes no more reports");
        }
        MaterialLine line = order.getMaterials().stream()
                .filter(m -> m.getLineNo() == lineNo)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Order " + orderNo + " has no material line " + lineNo));
        stocking.save(new StockingReport(line.getId(), input.readyPercent(), input.note(), input.reportedBy(),
                clock.instant()));
        return new StockingView(orderNo, lineNo, input.readyPercent(), input.note(), input.reportedBy());
    }
}
