package com.threadline.demo;

import com.threadline.approval.ApprovalService;
import com.threadline.approval.ApprovalView;
import com.threadline.approval.ChangeKind;
import com.threadline.approval.Decision;
import com.threadline.order.OrderRepository;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pending change requests for the approval pages: two waiting for the business owner (one of them with the GM
 * after), two the business owner approved that now wait for the GM.
 */
@Component
class DemoApprovals {

    private final ApprovalService approvals;
    private final OrderRepository orders;
    private final TransactionTemplate transaction;

    DemoApprovals(ApprovalService approvals, OrderRepository orders, TransactionTemplate transaction) {
        this.approvals = approvals;
        this.orders = orders;
        this.transaction = transaction;
    }

    void create(List<String> orderNos) {
        approvals.request(orderNos.get(0), ChangeKind.FABRIC_PURCHASE_CHANGE, new BigDecimal("6800"),
                "色牢度不达标，改用同价位的 380T 尼龙塔丝隆", "380T 尼龙塔丝隆 1800 米", "buyer");
        approvals.request(orderNos.get(1), ChangeKind.EXTRA_COST, new BigDecimal("18000"),
                "面料晚到，前 300 件改空运才能赶上船期", "空运费 300 件", "merch");
        waitForGm(approvals.request(orderNos.get(2), ChangeKind.DELIVERY_DATE_CHANGE, BigDecimal.ZERO,
                "客户追加绣花工艺，需多 10 天", newDueDate(orderNos.get(2), 10), "planner"));
        waitForGm(approvals.request(orderNos.get(3), ChangeKind.FABRIC_PURCHASE_CHANGE, new BigDecimal("32000"),
                "客户追加 600 件，面料加订 900 米", "加订 900 米", "buyer"));
    }

    private void waitForGm(ApprovalView request) {
        approvals.decide(request.id(), "owner", List.of("businessOwner"), Decision.APPROVE, "同意，请总经理确认");
    }

    private String newDueDate(String orderNo, int daysLater) {
        return transaction.execute(status -> orders.require(orderNo).getDueDate().plusDays(daysLater).toString());
    }
}
