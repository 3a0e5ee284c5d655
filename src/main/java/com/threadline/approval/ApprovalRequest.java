package com.threadline.approval;

import com.threadline.access.CallerScope;
import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Filter;

/**
 * A change someone requested on an order, waiting for its approval levels one after the other (审批). Which roles
 * approve comes from decision ApprovalLevels; processes/change-approval.bpmn asks them.
 */
@Entity
@Filter(name = CallerScope.FACTORY_FILTER, deduceAliasInjectionPoints = false,
        condition = "(:factoryId = -1 OR {alias}.order_id IN (SELECT o.id FROM orders o WHERE o.factory_id = :factoryId))")
@Filter(name = CallerScope.SUPPLIER_FILTER, deduceAliasInjectionPoints = false,
        condition = "(:supplierId = -1 OR {alias}.order_id IN "
                + "(SELECT ml.order_id FROM material_line ml WHERE ml.supplier_id = :supplierId))")
public class ApprovalRequest implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private String orderNo;
    @Enumerated(EnumType.STRING)
    private ChangeKind kind;
    private BigDecimal amount;
    private String reason;
    private String newValue;
    private int delayDays;
    private String requestedBy;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private ApprovalStatus status = ApprovalStatus.PENDING;
    private String levelRoles;
    private int currentLevel;
    private String waitingRole;
    private Instant closedAt;
    private String processInstanceId;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderBy("levelNo")
    private List<ApprovalDecision> decisions = new ArrayList<>();

    protected ApprovalRequest() {
    }

    ApprovalRequest(Long orderId, String orderNo, ChangeKind kind, BigDecimal amount, String reason, String newValue,
            int delayDays, String requestedBy, Instant requestedAt) {
        this.orderId = orderId;
        this.orderNo = orderNo;
        this.kind = kind;
        this.amount = amount;
        this.reason = reason;
        this.newValue = newValue;
        this.delayDays = delayDays;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The roles that approve, in order; the first level waits from now on. */
    void levelsDecided(List<String> roles) {
        levelRoles = String.join(",", roles);
        currentLevel = 1;
        waitingRole = roles.get(0);
    }

    void moveToNextLevel() {
        currentLevel++;
        waitingRole = levelRoleList().get(currentLevel - 1);
    }

    /** The waiting level decides: a rejection ends the request, the last level's approval approves it. */
    void decide(String approver, Decision decision, String comment, Instant now) {
        decisions.add(new ApprovalDecision(orderId, currentLevel, waitingRole, approver, decision, comment, now));
        if (decision == Decision.REJECT) {
            close(ApprovalStatus.REJECTED, now);
        } else if (currentLevel == levelCount()) {
            close(ApprovalStatus.APPROVED, now);
        }
    }

    void withdraw(Instant now) {
        close(ApprovalStatus.WITHDRAWN, now);
    }

    private void close(ApprovalStatus outcome, Instant now) {
        status = outcome;
        closedAt = now;
        waitingRole = null;
    }

    public boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    public List<String> levelRoleList() {
        return levelRoles == null || levelRoles.isBlank() ? List.of() : Arrays.asList(levelRoles.split(","));
    }

    public int levelCount() {
        return levelRoleList().size();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getNewValue() {
        return newValue;
    }

    public int getDelayDays() {
        return delayDays;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public int getCurrentLevel() {
        return currentLevel;
    }

    /** The role whose decision the request waits for; null once it is closed. */
    public String getWaitingRole() {
        return waitingRole;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<ApprovalDecision> getDecisions() {
        return List.copyOf(decisions);
    }
}
