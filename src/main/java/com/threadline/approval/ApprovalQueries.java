package com.threadline.approval;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads approval requests for the API. */
@Service
@Transactional(readOnly = true)
public class ApprovalQueries {

    private final ApprovalRequestRepository requests;

    ApprovalQueries(ApprovalRequestRepository requests) {
        this.requests = requests;
    }

    /** Pending requests waiting for a role the user has; the GM and the administrator follow every pending one. */
    public List<ApprovalView> waitingFor(SignedInUser user) {
        List<ApprovalRequest> found = user.has(Role.GM) || user.has(Role.ADMIN)
                ? requests.findByStatusOrderByRequestedAt(ApprovalStatus.PENDING)
                : requests.findByStatusAndWaitingRoleInOrderByRequestedAt(ApprovalStatus.PENDING,
                        user.camundaGroups());
        return found.stream().map(ApprovalView::of).toList();
    }

    public List<ApprovalView> pending() {
        return requests.findByStatusOrderByRequestedAt(ApprovalStatus.PENDING).stream().map(ApprovalView::of)
                .toList();
    }

    public List<ApprovalView> ofOrder(String orderNo) {
        return requests.findByOrderNoOrderByRequestedAtDesc(orderNo).stream().map(ApprovalView::of).toList();
    }

    public ApprovalView detail(Long id) {
        return ApprovalView.of(requests.require(id));
    }
}
