package com.threadline.approval;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One level's decision on an approval request: who, approve or reject, why, when. */
@Entity
public class ApprovalDecision implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private int levelNo;
    private String levelRole;
    private String approver;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "comment_text")
    private String comment;
    private Instant decidedAt;

    protected ApprovalDecision() {
    }

    ApprovalDecision(Long orderId, int levelNo, String levelRole, String approver, Decision decision, String comment,
            Instant decidedAt) {
        this.orderId = orderId;
        this.levelNo = levelNo;
        this.levelRole = levelRole;
        this.approver = approver;
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public int getLevelNo() {
        return levelNo;
    }

    public String getLevelRole() {
        return levelRole;
    }

    public String getApprover() {
        return approver;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
