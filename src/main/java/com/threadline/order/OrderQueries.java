package com.threadline.order;

import com.threadline.access.StaffDirectory;
import com.threadline.order.OrderLifecycle.OpenTask;
import com.threadline.order.OrderViews.OrderDetail;
import com.threadline.order.OrderViews.OrderSummary;
import com.threadline.order.OrderViews.PageOf;
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

    public static final int MAX_PAGE_SIZE = 200;

    private final OrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final StaffDirectory staff;

    OrderQueries(OrderRepository orders, OrderLifecycle lifecycle, StaffDirectory staff) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.staff = staff;
    }

    /** The columns the list sorts by ({@code sort=dueDate,desc}); ties go by order number. */
    private static final Set<String> SORTABLE = Set.of("orderNo", "customer", "style", "quantity", "stage", "dueDate",
            "forecastDeliveryDate", "delayDays");

    public PageOf<OrderSummary> list(OrderFilter filter, int page, int size, String sort) {
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
        Sort order = sortOf(sort, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Page<Order> found = orders.findAll(filter.toSpecification(), PageRequest.of(page, size, order));
        return new PageOf<>(found.map(OrderSummary::of).getContent(), page, size, found.getTotalElements());
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
        return OrderDetail.of(order, lifecycle.activeActivities(order.getProcessInstanceId()), tasks,
                staff.namesOf(logins));
    }
}
