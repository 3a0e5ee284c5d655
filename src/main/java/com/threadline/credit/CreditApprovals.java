package com.threadline.credit;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.web.FieldProblem;
import com.threadline.web.ForbiddenException;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The orders waiting for finance after their credit check, and finance's decision on one (Task_ApproveCredit). */
@Service
public class CreditApprovals {

    static final String TASK = "Task_ApproveCredit";

    private final TaskService tasks;
    private final OrderRepository orders;

    CreditApprovals(TaskService tasks, OrderRepository orders) {
        this.tasks = tasks;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public List<CreditHold> holds() {
        return tasks.createTaskQuery().taskDefinitionKey(TASK).orderByTaskCreateTime().asc().list().stream()
                .map(task -> orders.findByOrderNo((String) tasks.getVariable(task.getId(), "orderNo"))
                        .map(order -> CreditHold.of(order, task)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Finance approves (the order runs) or rejects with a reason (the order is cancelled with it). */
    @Transactional
    public void decide(String orderNo, boolean approved, String comment, SignedInUser user) {
        if (!user.has(Role.FINANCE)) {
            throw new ForbiddenException("只有财务可以审批信用 / only finance decides on credit");
        }
        String cleaned = comment == null ? "" : comment.strip();
        if (!approved && cleaned.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("comment", "驳回时请填写原因 / a reason is required")));
        }
        Task task = tasks.createTaskQuery().taskDefinitionKey(TASK).processVariableValueEquals("orderNo", orderNo)
                .list().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("订单 " + orderNo + " 没有待财务审批的信用检查"));
        tasks.setAssignee(task.getId(), user.login());
        tasks.complete(task.getId(), Variables.createVariables().putValue("creditApproved", approved)
                .putValue("creditComment", cleaned).putValue("creditDecidedBy", user.displayName()));
    }

    public record CreditHold(String orderNo, String customer, String style, int quantity, BigDecimal orderValue,
            String reason, Instant heldAt) {

        static CreditHold of(Order order, Task task) {
            return new CreditHold(order.getOrderNo(), order.getCustomer().getName(), order.getStyle(),
                    order.getQuantity(), order.value(), order.getCreditNote(), task.getCreateTime().toInstant());
        }
    }
}
