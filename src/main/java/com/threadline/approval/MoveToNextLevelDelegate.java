package com.threadline.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A level approved and another follows: the request now waits for the next role. */
@Component("moveToNextLevelDelegate")
class MoveToNextLevelDelegate implements JavaDelegate {

    private final ApprovalRequestRepository requests;

    MoveToNextLevelDelegate(ApprovalRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalRequest request = requests.require(ChangeApproval.requestId(execution));
        request.moveToNextLevel();
        ChangeApproval.waitFor(execution, request);
    }
}
