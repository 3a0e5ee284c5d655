package com.threadline.order;

import com.threadline.order.OrderViews.OrderDetail;
import com.threadline.order.OrderViews.OrderSummary;
import com.threadline.order.OrderViews.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders for the API: the filtered list and the full detail with where its process stands. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;

    OrderQueries(OrderRepository orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    public PageOf<OrderSummary> list(OrderFilter filter, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueFrom().isAfter(filter.dueTo())) {
            problems.add(new FieldProblem("dueFrom", "must not be after dueTo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Page<Order> found = orders.findAll(filter.toSpecification(),
                PageRequest.of(page, size, Sort.by("dueDate", "orderNo")));
        return new PageOf<>(found.map(OrderSummary::of).getContent(), page, size, found.getTotalElements());
    }

    public OrderDetail detail(String orderNo) {
        Order order = orders.require(orderNo);
        return OrderDetail.of(order, lifecycle.activeActivities(order.getProcessInstanceId()),
                lifecycle.openTasks(order.getProcessInstanceId()));
    }
}
