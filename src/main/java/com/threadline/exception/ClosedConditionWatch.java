package com.threadline.exception;

import com.threadline.approval.ApprovalService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A condition closed with a decision while it still held is watched, not re-opened: the monitor opens a new
 * exception for it only when it got worse than at closing, once the watch date passed, or once the due-date change
 * accepted at closing was rejected or withdrawn.
 */
@Component
class ClosedConditionWatch {

    private final OrderExceptionRepository exceptions;
    private final ApprovalService approvals;
    private final Clock clock;

    ClosedConditionWatch(OrderExceptionRepository exceptions, ApprovalService approvals, Clock clock) {
        this.exceptions = exceptions;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** Whether the finding is the closed condition, no worse, and still within its decision. */
    boolean stillHolds(Finding finding) {
        ClosingDecision decision = exceptions.findFirstByOrderNoAndTypeAndSubjectAndStatusOrderByClosedAtDesc(
                finding.orderNo(), finding.type(), finding.subject(), ExceptionStatus.CLOSED)
                .map(OrderException::getClosingDecision).orElse(null);
        if (decision == null || decision.getCloseDecision() == null
                || finding.delayDays() > decision.getClosedDelayDays()) {
            return false;
        }
        return decision.getCloseDecision() == ClosingDecision.Kind.WATCH_FROM
                ? LocalDate.now(clock).isBefore(decision.getWatchFrom())
                : approvals.stands(decision.getChangeRequestId());
    }
}
