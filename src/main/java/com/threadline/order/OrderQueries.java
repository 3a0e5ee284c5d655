package com.threadline.order;

import com.threadline.access.CallerScope;
import com.threadline.access.CustomerNameVisibility;
import com.threadline.access.StaffDirectory;
import com.threadline.order.OrderLifecycle.OpenTask;
import com.threadline.order.OrderViews.OrderDetail;
import com.threadline.order.OrderViews.OrderSummary;
import com.threadline.web.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders for the API: the filtered list and the full detail with where its process stands. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final CustomerNameVisibility customerNames;
    private final StaffDirectory staff;

    OrderQueries(OrderRepository orders, OrderLifecycle lifecycle, CustomerNameVisibility customerNames,
            StaffDirectory staff) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.customerNames = customerNames;
        this.staff = staff;
    }

    /** The columns the list sorts by ({@code sort=dueDate,desc}); ties go by order number. */
    private static final Set<String> SORTABLE = Set.of("orderNo", "customer", "style", "quantity", "stage", "dueDate",
            "forecastDeliveryDate", "delayDays");

    /** A caller the customer is kept from neither sees it nor finds or sorts orders by it. */
    public PageOf<OrderSummary> list(OrderFilter filter, int page, int size, String sort) {
        boolean customerShown = customerNames.shownToCaller();
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > PageOf.MAX_SIZE) {
            problems.add(new FieldProblem("size", "must be between 1 and " + PageOf.MAX_SIZE));
        }
        if (filter.dueFrom() != null && filter.dueTo() != null && filter.dueFrom().isAfter(filter.dueTo())) {
            problems.add(new FieldProblem("dueFrom", "must not be after dueTo"));
        }
        Sort order = sortOf(sort, problems);
        if (!customerShown && sort != null && sort.strip().startsWith("customer")) {
            problems.add(new FieldProblem("sort", "the customer is not shown to you, so the list cannot sort by it"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Page<Order> found = orders.findAll(filter.toSpecification(customerShown), PageRequest.of(page, size, order));
        return new PageOf<>(found.map(o -> OrderSummary.of(o, customerShown)).getContent(), page, size,
                found.getTotalElements());
    }

    private static Sort sortOf(String sort, List<FieldProblem> problems) {
        if (sort == null || sort.isBlank()) {
            return Sort.by("dueDate", "orderNo");
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].strip();
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!SORTABLE.contains(field) || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            problems.add(new FieldProblem("sort", "must be one of " + new TreeSet<>(SORTABLE) + ", then ,asc or ,desc"));
            return Sort.unsorted();
        }
        String path = field.equals("customer") ? "customer.name" : field;
        Sort.Order first = direction.equals("asc") ? Sort.Order.asc(path) : Sort.Order.desc(path);
        return field.equals("orderNo") ? Sort.by(first) : Sort.by(first, Sort.Order.asc("orderNo"));
    }

    public OrderDetail detail(String orderNo) {
        Order order = orders.require(orderNo);
        List<OpenTask> tasks = lifecycle.openTasks(order.getProcessInstanceId());
        Set<String> logins = new TreeSet<>();
        logins.add(order.getMerchandiser());
        logins.add(order.getBusinessOwner());
        tasks.stream().map(OpenTask::assignee).filter(Objects::nonNull).forEach(logins::add);
        return OrderDetail.of(order, customerNames.shownToCaller(), !CallerScope.callerIsPartner(),
                lifecycle.activeActivities(order.getProcessInstanceId()), tasks, staff.namesOf(logins));
    }
}
