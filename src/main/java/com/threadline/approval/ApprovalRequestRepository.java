package com.threadline.approval;

import com.threadline.web.NotFoundException;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

    List<ApprovalRequest> findByStatusOrderByRequestedAt(ApprovalStatus status);

    List<ApprovalRequest> findByStatusAndWaitingRoleInOrderByRequestedAt(ApprovalStatus status,
            Collection<String> roles);

    List<ApprovalRequest> findByOrderNoOrderByRequestedAtDesc(String orderNo);

    default ApprovalRequest require(Long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("No approval request " + id));
    }
}
