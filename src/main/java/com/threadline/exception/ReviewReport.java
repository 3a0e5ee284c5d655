package com.threadline.exception;

import com.threadline.notification.InboxMessage;
import com.threadline.order.Order;
import com.threadline.order.OrderStatus;
import com.threadline.plan.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review report (复盘报告) of a closed exception: what it was, what happened when and by whom, how fast
 * people responded and planned against their deadlines, what they did, what it did to the delivery date,
 * why it happened and what was learned. Built from the exception, its inbox messages and its order.
 */
public record ReviewReport(Header header, List<Step> timeline, List<Reader> readers, Deadline response,
        Deadline plan, Measures measures, DeliveryImpact deliveryImpact, String rootCause, String lessonsLearned,
        Instant generatedAt) {

    /** What the exception was about. {@code priority} is its final grade. */
    public record Header(Long exceptionId, String orderNo, String customer, String style, ExceptionType type,
            String typeLabel, String subject, String title, String detail, String priority, Stage stage,
            String factoryCode, String factoryName, String supplierCode, String supplierName, String ownerRole,
            List<String> roles, int escalationLevel, Instant detectedAt, Instant closedAt, String closedBy) {
    }

    /**
     * One step of the handling, oldest first: the exception's own timeline (detected, graded, notified,
     * escalated, confirmed, plan, actions, verified, closed) and, per recipient, when they first read an alert.
     */
    public record Step(Instant at, String kind, String label, String actor, String detail) {
    }

    /** One person alerted: when first, when they first read it, and how long that took. */
    public record Reader(String recipient, Instant firstNotifiedAt, Instant readAt, Long minutesToRead) {
    }

    /**
     * A deadline and how it went. {@code dueAt} is the first deadline set for the grade (an escalation
     * sets a fresh one for the next level, but by then the first one was already missed); {@code met} is
     * null when there was no deadline, false when it passed before {@code doneAt} (or passed with nothing
     * done), and then {@code missedByMinutes} says by how long.
     */
    public record Deadline(Instant dueAt, Long allowedMinutes, Instant doneAt, String doneBy, Long takenMinutes,
            Boolean met, Long missedByMinutes) {

        static Deadline of(Instant start, Instant dueAt, Instant doneAt, String doneBy) {
            Long allowed = dueAt == null ? null : minutes(start, dueAt);
            Long taken = doneAt == null ? null : minutes(start, doneAt);
            Boolean met = null;
            Long missedBy = null;
            if (dueAt != null && doneAt != null) {
                met = !doneAt.isAfter(dueAt);
                missedBy = met ? null : minutes(dueAt, doneAt);
            } else if (dueAt != null) {
                met = false;
            }
            return new Deadline(dueAt, allowed, doneAt, doneBy, taken, met, missedBy);
        }
    }

    /** What was decided and done: the solution plan, each action in turn, and the measures as reviewed. */
    public record Measures(String solutionPlan, String planSubmittedBy, LocalDate expectedRecoveryDate,
            List<ExceptionAction> actions, String summary) {
    }

    /**
     * The effect on delivery: the days the reviewer put down ({@code deliveryImpactDays}), the days late the
     * monitor last saw ({@code observedDelayDays}), and where the order stands now.
     */
    public record DeliveryImpact(Integer deliveryImpactDays, int observedDelayDays, LocalDate orderDueDate,
            LocalDate forecastDeliveryDate, Integer orderDelayDays, OrderStatus orderStatus, Stage orderStage) {
    }

    static final Map<String, String> STEP_LABELS = Map.ofEntries(
            Map.entry("DETECTED", "发现 Detected"),
            Map.entry("GRADED", "定级 Graded"),
            Map.entry("REGRADED", "重新定级 Regraded"),
            Map.entry("NOTIFIED", "通知 Notified"),
            Map.entry("RENOTIFIED", "再次通知 Notified again"),
            Map.entry("READ", "已读 Read"),
            Map.entry("ESCALATED", "升级 Escalated"),
            Map.entry("PLAN_OVERDUE", "方案超时 Plan overdue"),
            Map.entry("CONFIRMED", "确认处理 Confirmed"),
            Map.entry("PLAN_SUBMITTED", "提交方案 Plan submitted"),
            Map.entry("ACTION", "措施 Action"),
            Map.entry("VERIFIED_NOT_RESOLVED", "验证：未解决 Verified: not resolved"),
            Map.entry("VERIFIED_RESOLVED", "验证：已解决 Verified: resolved"),
            Map.entry("UPDATED", "情况更新 Condition updated"),
            Map.entry("CONDITION_CLEARED", "条件消除 Condition cleared"),
            Map.entry("CONDITION_RETURNED", "条件再现 Condition returned"),
            Map.entry("TOP_REACHED", "已到最高级 Top of the chain reached"),
            Map.entry("CLOSED", "关闭 Closed"));

    static ReviewReport of(OrderException e, Order order, String factoryName, String supplierName,
            List<InboxMessage> messages, Instant now) {
        Header header = new Header(e.getId(), e.getOrderNo(), order == null ? null : order.getCustomer().getName(),
                order == null ? null : order.getStyle(), e.getType(), e.getType().label(), e.getSubject(),
                e.getTitle(), e.getDetail(), e.getPriority(), e.getStage(), e.getFactoryCode(), factoryName,
                e.getSupplierCode(), supplierName, e.getOwnerRole(), e.roleList(), e.getEscalationLevel(),
                e.getDetectedAt(), e.getClosedAt(), e.getClosedBy());
        List<Reader> readers = readers(messages);
        Deadline response = Deadline.of(e.getDetectedAt(), firstResponseDeadline(e), e.getConfirmedAt(),
                e.getConfirmedBy());
        Deadline plan = Deadline.of(e.getDetectedAt(), e.getPlanDueAt(), e.getPlanSubmittedAt(),
                e.getPlanSubmittedBy());
        Measures measures = new Measures(e.getSolutionPlan(), e.getPlanSubmittedBy(), e.getExpectedRecoveryDate(),
                List.copyOf(e.getActions()), e.getMeasures());
        DeliveryImpact impact = new DeliveryImpact(e.getDeliveryImpactDays(), e.getDelayDays(),
                order == null ? null : order.getDueDate(), order == null ? null : order.getForecastDeliveryDate(),
                order == null ? null : order.getDelayDays(), order == null ? null : order.getStatus(),
                order == null ? null : order.getStage());
        return new ReviewReport(header, timeline(e, readers), readers, response, plan, measures, impact,
                e.getRootCause(), e.getLessonsLearned(), now);
    }

    /**
     * The deadline of the grade. An escalation replaces the stored deadline with the next level's, so for
     * an escalated exception the first deadline is when the first escalation fired.
     */
    static Instant firstResponseDeadline(OrderException e) {
        return e.getTimeline().stream()
                .filter(event -> "ESCALATED".equals(event.getKind()))
                .map(ExceptionEvent::getAt)
                .min(Comparator.naturalOrder())
                .orElse(e.getResponseDueAt());
    }

    private static List<Reader> readers(List<InboxMessage> messages) {
        Map<String, Reader> byRecipient = new LinkedHashMap<>();
        messages.stream().sorted(Comparator.comparing(InboxMessage::getCreatedAt)).forEach(m -> {
            Reader known = byRecipient.get(m.getRecipient());
            Instant notified = known == null ? m.getCreatedAt() : known.firstNotifiedAt();
            Instant read = earliest(known == null ? null : known.readAt(), m.getReadAt());
            byRecipient.put(m.getRecipient(), new Reader(m.getRecipient(), notified, read,
                    read == null ? null : minutes(notified, read)));
        });
        return byRecipient.values().stream()
                .sorted(Comparator.comparing(Reader::firstNotifiedAt).thenComparing(Reader::recipient))
                .toList();
    }

    /**
     * The exception's events in their recorded order, with each first read put in its place by time. Times
     * may tie (MySQL keeps whole seconds): a read then goes before what the reader did at that instant (one
     * reads an alert before confirming it), and after everything else recorded at that instant.
     */
    private static List<Step> timeline(OrderException e, List<Reader> readers) {
        List<Step> steps = new ArrayList<>();
        for (ExceptionEvent event : e.getTimeline()) {
            steps.add(new Step(event.getAt(), event.getKind(), STEP_LABELS.getOrDefault(event.getKind(),
                    event.getKind()), event.getActor(), event.getDetail()));
        }
        readers.stream().filter(r -> r.readAt() != null).sorted(Comparator.comparing(Reader::readAt)).forEach(r -> {
            Step read = new Step(r.readAt(), "READ", STEP_LABELS.get("READ"), r.recipient(),
                    "通知后 " + r.minutesToRead() + " 分钟阅读 / read " + r.minutesToRead()
                            + " min after the first alert");
            int at = 0;
            while (at < steps.size() && placedBefore(steps.get(at), read)) {
                at++;
            }
            steps.add(at, read);
        });
        return List.copyOf(steps);
    }

    private static boolean placedBefore(Step step, Step read) {
        int byTime = step.at().compareTo(read.at());
        return byTime < 0 || (byTime == 0 && ("READ".equals(step.kind()) || !read.actor().equals(step.actor())));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }
}
