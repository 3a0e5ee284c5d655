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
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
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
    private final EntityManager entityManager;

    OrderQueries(OrderRepository orders, OrderLifecycle lifecycle, CustomerNameVisibility customerNames,
            StaffDirectory staff, EntityManager entityManager) {
        this.orders = orders;
        this.entityManager = entityManager;
        this.lifecycle = lifecycle;
        this.customerNames = customerNames;
        this.staff = staff;
    }

    /** The columns the list sorts by ({@code sort=dueDate,desc}); ties go by order number. */
    private static final Set<String> SORTABLE = Set.of("orderNo", "customer", "style", "quantity", "stage", "dueDate",
            "forecastDeliveryDate", "delayDays");

    /** Sort columns a keyset cannot page by: nullable, or on another table. */
    private static final Set<String> NOT_KEYS = Set.of("customer.name", "forecastDeliveryDate");

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
        Sort order = checked(filter, sort, customerShown, problems);
        Page<Order> found = orders.findAll(filter.toSpecification(customerShown), PageRequest.of(page, size, order));
        return new PageOf<>(found.map(o -> OrderSummary.of(o, customerShown)).getContent(), page, size,
                found.getTotalElements());
    }

    /**
     * Every order the list's filter and sort find, in the list's order, a batch at a time: for exports of any length.
     * Batches follow each other without a count, by key where the sort columns allow it (a nullable or joined column
     * does not: by offset then), each with its customer and factory in the same query, and the persistence context is
     * emptied after each, so memory stays bounded however many orders there are.
     */
    public void forEachBatch(OrderFilter filter, String sort, int batchSize, Consumer<List<OrderSummary>> batch) {
        boolean customerShown = customerNames.shownToCaller();
        Sort order = checked(filter, sort, customerShown, new ArrayList<>());
        boolean byKey = order.stream().noneMatch(o -> NOT_KEYS.contains(o.getProperty()));
        ScrollPosition position = byKey ? ScrollPosition.keyset() : ScrollPosition.offset();
        Window<Order> window;
        do {
            ScrollPosition from = position;
            window = orders.findBy(filter.toSpecification(customerShown),
                    query -> query.sortBy(order).limit(batchSize).project("customer", "factory").scroll(from));
            batch.accept(window.stream().map(o -> OrderSummary.of(o, customerShown)).toList());
            if (!window.isEmpty()) {
                position = window.positionAt(window.size() - 1);
            }
            entityManager.clear();
        } while (window.hasNext());
    }

    /** The sort the list's {@code sort} asks for, once the filter and the sort are known to be sound. */
    private static Sort checked(OrderFilter filter, String sort, boolean customerShown, List<FieldProblem> problems) {
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
        return order;
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
        return detail(orders.require(orderNo));
    }

    /** The detail of an order loaded already, such as the one a change has just made, in that change's transaction. */
    public OrderDetail detail(Order order) {
        List<OpenTask> tasks = lifecycle.openTasks(order.getProcessInstanceId());
        Set<String> logins = new TreeSet<>();
        logins.add(order.getMerchandiser());
        logins.add(order.getBusinessOwner());
        tasks.stream().map(OpenTask::assignee).filter(Objects::nonNull).forEach(logins::add);
        return OrderDetail.of(order, customerNames.shownToCaller(), !CallerScope.callerIsPartner(),
                lifecycle.activeActivities(order.getProcessInstanceId()), tasks, staff.namesOf(logins));
    }
}
