package com.threadline.approval;

import java.util.List;

/**
 * Published when a change was requested, decided on or withdrawn: the order's people, the requester and the people
 * of every approving role hear of it.
 */
public record ApprovalChanged(String orderNo, Long approvalId, String requester, List<String> approverRoles) {

    static ApprovalChanged of(ApprovalRequest request) {
        return new ApprovalChanged(request.getOrderNo(), request.getId(), request.getRequestedBy(),
                request.levelRoleList());
    }
}
