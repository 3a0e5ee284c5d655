package com.threadline.tasklist;

import com.threadline.exception.OrderException;
import com.threadline.exception.OrderExceptionRepository;
import com.threadline.order.OrderRepository;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist card says, set as each user task is created. Its name carries the order:
 * {@code 批复样品 · TL-2026-0030 · Nordic Outdoor AB} (every process of ours has the variable {@code orderNo}; the
 * customer, or the style when there is no customer name). An exception's confirmation and plan carry their deadlines
 * as the task's due date, which Tasklist shows and the overdue filter reads.
 */
@Component
public class TaskCards implements TaskListener {

    static final String SEPARATOR = " · ";
    private static final int NAME_LENGTH = 255;
    private static final Map<String, Function<OrderException, Instant>> DEADLINES = Map.of(
            "Task_ConfirmHandling", OrderException::getResponseDueAt,
            "Task_AcknowledgeNotice", OrderException::getResponseDueAt,
            "Task_SubmitSolutionPlan", OrderException::getPlanDueAt);

    private final OrderRepository orders;
    private final OrderExceptionRepository exceptions;

    TaskCards(OrderRepository orders, OrderExceptionRepository exceptions) {
        this.orders = orders;
        this.exceptions = exceptions;
    }

    @Override
    public void notify(DelegateTask task) {
        Object orderNo = task.getVariable("orderNo");
        if (orderNo != null && task.getName() != null) {
            task.setName(name(task.getName(), orderNo.toString(),
                    orders.customerOrStyle(orderNo.toString()).orElse(null)));
        }
        Function<OrderException, Instant> deadline = DEADLINES.get(task.getTaskDefinitionKey());
        Object exceptionId = task.getVariable("exceptionId");
        if (deadline != null && exceptionId instanceof Number id) {
            exceptions.findById(id.longValue()).map(deadline).ifPresent(due -> task.setDueDate(Date.from(due)));
        }
    }

    static String name(String task, String orderNo, String customerOrStyle) {
        String name = task + SEPARATOR + orderNo + (customerOrStyle == null ? "" : SEPARATOR + customerOrStyle);
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }
}
