package com.threadline.approval;

import com.threadline.access.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An approval request as the API returns it, with the roles of its levels and what each level decided. */
public record ApprovalView(Long id, String orderNo, ChangeKind kind, String kindLabel, BigDecimal amount,
        String reason, String newValue, int delayDays, String requestedBy, Instant requestedAt, ApprovalStatus status,
        int level, int levelCount, List<String> levels, String waitingRole, String waitingRoleLabel,
        Instant closedAt, List<DecisionView> decisions) {

    static ApprovalView of(ApprovalRequest r) {
        String waiting = r.getWaitingRole();
        return new ApprovalView(r.getId(), r.getOrderNo(), r.getKind(), r.getKind().label(), r.getAmount(),
                r.getReason(), r.getNewValue(), r.getDelayDays(), r.getRequestedBy(), r.getRequestedAt(),
                r.getStatus(), r.getCurrentLevel(), r.levelCount(), r.levelRoleList(), waiting,
                waiting == null ? null : Role.ofId(waiting).label(), r.getClosedAt(),
                r.getDecisions().stream().map(DecisionView::of).toList());
    }

    public record DecisionView(int level, String role, String approver, Decision decision, String comment,
            Instant decidedAt) {

        static DecisionView of(ApprovalDecision d) {
            return new DecisionView(d.getLevelNo(), d.getLevelRole(), d.getApprover(), d.getDecision(),
                    d.getComment(), d.getDecidedAt());
        }
    }
}
