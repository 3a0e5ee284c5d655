package com.threadline.exception;

import com.threadline.access.CallerScope;
import com.threadline.access.Role;
import com.threadline.audit.AuditedByOrder;
import com.threadline.plan.Stage;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.annotations.Filter;

/**
 * An exception (异常) on one order: what is wrong, how bad (P0–P3), who must respond by when, what was
 * done, and the review that closes it. Its handling runs as processes/exception-handling.bpmn.
 */
@Entity
@Filter(name = CallerScope.FACTORY_FILTER, deduceAliasInjectionPoints = false,
        condition = "(:factoryId = -1 OR {alias}.order_id IN (SELECT o.id FROM orders o WHERE o.factory_id = :factoryId))")
@Table(name = "order_exception")
public class OrderException implements AuditedByOrder {

    static final String UNDELIVERED = "UNDELIVERED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private String orderNo;
    @Enumerated(EnumType.STRING)
    private ExceptionType type;
    private String subject;
    private String openKey;
    @Enumerated(EnumType.STRING)
    private ExceptionStatus status = ExceptionStatus.OPEN;
    private String priority;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private int delayDays;
    private LocalDate atStakeDate;
    private BigDecimal valueShare;
    private String ownerRole;
    private String factoryCode;
    private String supplierCode;
    private String title;
    private String detail;
    private String roles;
    private int escalationLevel;
    private Instant responseDueAt;
    private Instant planDueAt;
    private Instant detectedAt;
    private Instant lastSeenAt;
    private Instant conditionClearedAt;
    private Instant notifiedAt;
    private Instant confirmedAt;
    private String confirmedBy;
    private String solutionPlan;
    private LocalDate expectedRecoveryDate;
    private Instant planSubmittedAt;
    private String planSubmittedBy;
    private Instant resolvedAt;
    private Instant closedAt;
    private String closedBy;
    private String rootCause;
    private String measures;
    private Integer deliveryImpactDays;
    private String lessonsLearned;
    private String processInstanceId;
    @Embedded
    private Snooze snooze = new Snooze();
    @Embedded
    private ClosingDecision closingDecision;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "exception_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<ExceptionEvent> timeline = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "exception_id", nullable = false, updatable = false)
    @OrderBy("takenAt, id")
    private List<ExceptionAction> actions = new ArrayList<>();

    protected OrderException() {
    }

    OrderException(Finding finding, Instant now) {
        this.orderId = finding.orderId();
        this.orderNo = finding.orderNo();
        this.type = finding.type();
        this.subject = finding.subject();
        this.openKey = finding.openKey();
        this.detectedAt = now;
        observe(finding, now);
        record(now, "DETECTED", "monitor", finding.title());
    }

    static String openKey(String orderNo, ExceptionType type, String subject) {
        return orderNo + "|" + type + "|" + subject;
    }

    /**
     * The monitor saw the condition again. Nothing is written when nothing changed, so a pass over
     * thousands of persisting exceptions costs no updates and does not collide with people handling them.
     * True when it got worse (more days late, more of the order hit).
     */
    boolean observe(Finding finding, Instant now) {
        boolean worse = finding.delayDays() > delayDays
                || (valueShare != null && share(finding.valueShare()).compareTo(valueShare) > 0);
        boolean changed = finding.delayDays() != delayDays || !share(finding.valueShare()).equals(valueShare)
                || finding.stage() != stage || !finding.title().equals(title)
                || !Objects.equals(finding.atStake(), atStakeDate);
        if (!changed && conditionClearedAt == null && id != null) {
            return false;
        }
        this.stage = finding.stage();
        this.delayDays = finding.delayDays();
        this.atStakeDate = finding.atStake();
        this.valueShare = share(finding.valueShare());
        this.ownerRole = finding.ownerRole();
        this.factoryCode = finding.factoryCode();
        this.supplierCode = finding.supplierCode();
        this.title = finding.title();
        this.detail = finding.detail();
        this.lastSeenAt = now;
        if (conditionClearedAt != null) {
            conditionClearedAt = null;
            record(now, "CONDITION_RETURNED", "monitor", finding.title());
        } else if (id != null) {
            record(now, "UPDATED", "monitor", finding.title());
        }
        return worse && id != null;
    }

    void conditionCleared(Instant now) {
        if (conditionClearedAt == null) {
            conditionClearedAt = now;
            record(now, "CONDITION_CLEARED", "monitor", "监控条件已消除");
        }
    }

    void graded(String priority, Collection<String> roles, Integer responseMinutes, Integer planMinutes,
            Instant now) {
        boolean regrade = this.priority != null;
        this.priority = priority;
        this.roles = String.join(",", roles);
        this.responseDueAt = responseMinutes == null ? null : detectedAt.plus(Duration.ofMinutes(responseMinutes));
        this.planDueAt = planMinutes == null ? null : detectedAt.plus(Duration.ofMinutes(planMinutes));
        record(now, regrade ? "REGRADED" : "GRADED", "system", "定为 " + priority + "，由" + roleNames(roles) + "处理");
    }

    void notified(Collection<String> recipients, int round, Instant now) {
        if (recipients.isEmpty()) {
            return;
        }
        if (notifiedAt == null) {
            notifiedAt = now;
        }
        record(now, round == 1 ? "NOTIFIED" : "RENOTIFIED", "system",
                "第 " + round + " 轮：" + String.join("、", recipients));
    }

    /** Round {@code round} reached {@code recipients} only in the app; recorded once per round. */
    void undelivered(int round, Collection<String> recipients, String reasons, Instant now) {
        String roundText = "第 " + round + " 轮：";
        boolean recorded = timeline.stream().anyMatch(e -> UNDELIVERED.equals(e.getKind())
                && e.getDetail() != null && e.getDetail().startsWith(roundText));
        if (!recorded) {
            record(now, UNDELIVERED, "system", roundText + String.join("、", recipients) + "仅收到站内消息（" + reasons + "）");
        }
    }

    /** Some alert of this exception reached someone only in the app. */
    public boolean isUndelivered() {
        return timeline.stream().anyMatch(e -> UNDELIVERED.equals(e.getKind()));
    }

    void escalated(Collection<String> newRoles, Collection<String> people, Integer responseMinutes, Instant now) {
        escalationLevel++;
        List<String> all = new ArrayList<>(roleList());
        newRoles.stream().filter(r -> !all.contains(r)).forEach(all::add);
        this.roles = String.join(",", all);
        if (responseMinutes != null) {
            responseDueAt = now.plus(Duration.ofMinutes(responseMinutes));
        }
        record(now, "ESCALATED", "system", "升级至" + roleNames(newRoles) + "：" + String.join("、", people));
    }

    /** Nobody new is left to escalate to; from now on only the bounded reminders go on. */
    void topReached(Instant now) {
        responseDueAt = null;
        record(now, "TOP_REACHED", "system", "已到最高级，无人可再升级；此后按固定节奏提醒");
    }

    void planOverdue(Collection<String> notifiedRoles, Instant now) {
        record(now, "PLAN_OVERDUE", "system", "方案超时，已通知" + roleNames(notifiedRoles));
    }

    void confirm(String by, String note, Instant now) {
        status = ExceptionStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
        record(now, "CONFIRMED", by, note);
    }

    void planSubmitted(String plan, LocalDate expectedRecovery, String by, Instant now) {
        status = ExceptionStatus.PLANNED;
        solutionPlan = plan;
        expectedRecoveryDate = expectedRecovery;
        planSubmittedAt = now;
        planSubmittedBy = by;
        record(now, "PLAN_SUBMITTED", by, plan);
    }

    void actionTaken(ExceptionAction action) {
        action.takenOn(this);
        actions.add(action);
        record(action.getTakenAt(), "ACTION", action.getTakenBy(),
                action.getKind().label() + "：" + action.getDescription());
    }

    void verified(boolean resolved, String notes, String by, Instant now) {
        if (resolved) {
            status = ExceptionStatus.RESOLVED;
            resolvedAt = now;
        }
        record(now, resolved ? "VERIFIED_RESOLVED" : "VERIFIED_NOT_RESOLVED", by, notes);
    }

    void close(Review review, String by, Instant now) {
        status = ExceptionStatus.CLOSED;
        openKey = null;
        closedAt = now;
        closedBy = by;
        rootCause = review.rootCause();
        measures = review.measures();
        deliveryImpactDays = review.deliveryImpactDays();
        lessonsLearned = review.lessonsLearned();
        record(now, "CLOSED", by, review.rootCause());
    }

    /** Roles as people read them: 采购、跟单员 (a role the system does not know keeps its id). */
    static String roleNames(Collection<String> roles) {
        return roles.stream().map(id -> Arrays.stream(Role.values()).filter(r -> r.id().equals(id)).findFirst()
                .map(Role::nameZh).orElse(id)).collect(Collectors.joining("、"));
    }

    /** @param untilText the end as people read it, in the company's zone */
    void snooze(Instant until, String untilText, String by, String reason, Instant now) {
        snooze.start(until, by, reason);
        record(now, "SNOOZED", by, "暂停提醒至 " + untilText + "：" + reason);
    }

    boolean isSnoozed(Instant at) {
        return snooze.isOn(at);
    }

    void holdLatePlan(Instant now) {
        snooze.holdLatePlan();
        record(now, "PLAN_OVERDUE_HELD", "system", "方案超时，暂停期间暂不升级");
    }

    /** @return whether a late-plan escalation was held during the snooze */
    boolean snoozeEnded(Instant now) {
        record(now, "SNOOZE_ENDED", "system", "暂停结束，已提醒 " + snooze.getSnoozedBy());
        return snooze.end();
    }

    void decidedAtClosing(ClosingDecision.Kind kind, LocalDate watchFrom, Long changeRequestId, String by,
            Instant now) {
        closingDecision = new ClosingDecision(kind, watchFrom, delayDays, changeRequestId);
        record(now, "CLOSE_DECISION", by, kind == ClosingDecision.Kind.WATCH_FROM
                ? "情况仍在，自 " + watchFrom + " 起重新观察"
                : "情况仍在，申请新交期（变更审批 #" + changeRequestId + "）");
    }

    void record(Instant at, String kind, String actor, String text) {
        timeline.add(new ExceptionEvent(at, kind, actor, text == null || text.length() <= 1000 ? text
                : text.substring(0, 1000)));
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean isOpen() {
        return status != ExceptionStatus.CLOSED;
    }

    public List<String> roleList() {
        return roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(","));
    }

    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(4, RoundingMode.HALF_UP);
    }

    /** The review (复盘) that closes an exception. */
    public record Review(String rootCause, String measures, Integer deliveryImpactDays, String lessonsLearned) {
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

    public ExceptionType getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public ExceptionStatus getStatus() {
        return status;
    }

    public String getPriority() {
        return priority;
    }

    public Stage getStage() {
        return stage;
    }

    public int getDelayDays() {
        return delayDays;
    }

    /** The date this condition threatens; null when the monitor named none. */
    public LocalDate getAtStakeDate() {
        return atStakeDate;
    }

    /** Days left from {@code today} to the date at stake (negative once it passed); null when there is none. */
    public Integer slackDays(LocalDate today) {
        return atStakeDate == null ? null : (int) ChronoUnit.DAYS.between(today, atStakeDate);
    }

    /** The date nears and the grade rises with it: recorded before the re-grade, so the timeline says why. */
    void dateNears(int slackDays, Instant now) {
        record(now, "DATE_NEARS", "system", "距 " + atStakeDate + " 仅剩 " + slackDays + " 天，重新定级");
    }

    public double getValueShare() {
        return valueShare == null ? 0 : valueShare.doubleValue();
    }

    public String getOwnerRole() {
        return ownerRole;
    }

    public String getFactoryCode() {
        return factoryCode;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public Instant getPlanDueAt() {
        return planDueAt;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getConditionClearedAt() {
        return conditionClearedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getSolutionPlan() {
        return solutionPlan;
    }

    public LocalDate getExpectedRecoveryDate() {
        return expectedRecoveryDate;
    }

    public Instant getPlanSubmittedAt() {
        return planSubmittedAt;
    }

    public String getPlanSubmittedBy() {
        return planSubmittedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getMeasures() {
        return measures;
    }

    public Integer getDeliveryImpactDays() {
        return deliveryImpactDays;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public Snooze getSnooze() {
        return snooze;
    }

    public ClosingDecision getClosingDecision() {
        return closingDecision;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<ExceptionEvent> getTimeline() {
        return timeline;
    }

    public List<ExceptionAction> getActions() {
        return actions;
    }
}
