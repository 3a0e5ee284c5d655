package com.threadline.approval;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the approving roles decision ApprovalLevels chose and lets the first level wait. */
@Component("recordApprovalLevelsDelegate")
class RecordApprovalLevelsDelegate implements JavaDelegate {

    private final ApprovalRequestRepository requests;

    RecordApprovalLevelsDelegate(ApprovalRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalRequest request = requests.require(ChangeApproval.requestId(execution));
        String levels = (String) execution.getVariable("levels");
        request.levelsDecided(Arrays.stream(levels.split(",")).map(String::trim).toList());
        ChangeApproval.waitFor(execution, request);
    }
}
