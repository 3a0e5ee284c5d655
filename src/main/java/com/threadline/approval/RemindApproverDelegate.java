package com.threadline.approval;

import com.threadline.access.RoleMembers;
import com.threadline.notification.Inbox;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The waiting level has not decided for a day: a reminder in the inbox of each person of its role. */
@Component("remindApproverDelegate")
class RemindApproverDelegate implements JavaDelegate {

    static final String LINK = "/m/approvals.html";

    private final ApprovalRequestRepository requests;
    private final RoleMembers members;
    private final Inbox inbox;

    RemindApproverDelegate(ApprovalRequestRepository requests, RoleMembers members, Inbox inbox) {
        this.requests = requests;
        this.members = members;
        this.inbox = inbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalRequest request = requests.require(ChangeApproval.requestId(execution));
        String title = "待审批提醒 订单 " + request.getOrderNo() + " " + request.getKind().label();
        String body = request.getKind().label() + " " + request.getAmount().toPlainString() + " 元，申请人 "
                + request.getRequestedBy() + "：" + request.getReason() + "。已等待您审批超过 24 小时。";
        for (String approver : members.usersIn(List.of(request.getWaitingRole()))) {
            inbox.notice(approver, title, body, LINK);
        }
    }
}
