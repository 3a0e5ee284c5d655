package com.threadline.approval;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what the waiting level decided, whether through the API or in Tasklist (where no {@code decidedBy} is
 * passed and the user who completed the task decided).
 */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

    private final ApprovalRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordDecisionDelegate(ApprovalRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalRequest request = requests.require(ChangeApproval.requestId(execution));
        Object comment = execution.getVariable("comment");
        request.decide(decidedBy(execution), Decision.valueOf((String) execution.getVariable("decision")),
                comment == null ? null : comment.toString(), clock.instant());
        events.publishEvent(ApprovalChanged.of(request));
    }

    private static String decidedBy(DelegateExecution execution) {
        Object named = execution.getVariable("decidedBy");
        if (named != null) {
            return named.toString();
        }
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : "unknown";
    }
}
