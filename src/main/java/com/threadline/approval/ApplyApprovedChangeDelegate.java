package com.threadline.approval;

import com.threadline.order.OrderService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts an approved change into effect where the order holds it: a delivery date change moves the due date, a
 * quantity change the quantity. Fabric purchase changes and extra costs are done by people, outside the order.
 */
@Component("applyApprovedChangeDelegate")
class ApplyApprovedChangeDelegate implements JavaDelegate {

    private final ApprovalRequestRepository requests;
    private final OrderService orders;

    ApplyApprovedChangeDelegate(ApprovalRequestRepository requests, OrderService orders) {
        this.requests = requests;
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalRequest request = requests.require(ChangeApproval.requestId(execution));
        switch (request.getKind()) {
            case DELIVERY_DATE_CHANGE -> orders.moveDueDate(request.getOrderNo(),
                    LocalDate.parse(request.getNewValue().trim()));
            case QUANTITY_CHANGE -> orders.changeQuantity(request.getOrderNo(),
                    Integer.parseInt(request.getNewValue().trim()));
            case FABRIC_PURCHASE_CHANGE, EXTRA_COST -> {
                // carried out by the purchaser or the business owner; the approval is their authority
            }
        }
    }
}
