package com.threadline.exception;

import com.threadline.notification.InboxMessage;
import com.threadline.plan.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of exceptions as the API returns them. */
public final class ExceptionViews {

    private ExceptionViews() {
    }

    public record ExceptionSummary(Long id, String orderNo, ExceptionType type, String typeLabel, String subject,
            String priority, ExceptionStatus status, Stage stage, int delayDays, String title, Instant detectedAt,
            Instant responseDueAt, Instant confirmedAt, boolean overdue, int escalationLevel,
            Instant conditionClearedAt) {

        static ExceptionSummary of(OrderException e, Instant now) {
            return new ExceptionSummary(e.getId(), e.getOrderNo(), e.getType(), e.getType().label(), e.getSubject(),
                    e.getPriority(), e.getStatus(), e.getStage(), e.getDelayDays(), e.getTitle(), e.getDetectedAt(),
                    e.getResponseDueAt(), e.getConfirmedAt(), isOverdue(e, now), e.getEscalationLevel(),
                    e.getConditionClearedAt());
        }
    }

    public record ExceptionDetail(ExceptionSummary summary, String detail, double valueShare, String ownerRole,
            String factoryCode, String supplierCode, List<String> roles, String confirmedBy, Instant planDueAt,
            String solutionPlan, LocalDate expectedRecoveryDate, Instant planSubmittedAt, Instant resolvedAt,
            Instant closedAt, String closedBy, String rootCause, String measures, Integer deliveryImpactDays,
            String lessonsLearned, List<ExceptionEvent> timeline, List<ExceptionAction> actions,
            List<Delivery> deliveries, boolean undelivered, List<String> waitingFor, Map<String, String> names,
            boolean conditionHolds, Snooze snooze, ClosingDecision closingDecision) {

        /** {@code names}: the display name of each person the detail mentions by login. */
        static ExceptionDetail of(OrderException e, Instant now, List<InboxMessage> messages, List<String> waitingFor,
                Map<String, String> names) {
            return new ExceptionDetail(ExceptionSummary.of(e, now), e.getDetail(), e.getValueShare(), e.getOwnerRole(),
                    e.getFactoryCode(), e.getSupplierCode(), e.roleList(), e.getConfirmedBy(), e.getPlanDueAt(),
                    e.getSolutionPlan(), e.getExpectedRecoveryDate(), e.getPlanSubmittedAt(), e.getResolvedAt(),
                    e.getClosedAt(), e.getClosedBy(), e.getRootCause(), e.getMeasures(), e.getDeliveryImpactDays(),
                    e.getLessonsLearned(), List.copyOf(e.getTimeline()), List.copyOf(e.getActions()),
                    messages.stream().map(Delivery::of).toList(), e.isUndelivered(), waitingFor, names,
                    e.getConditionClearedAt() == null, e.getSnooze(), e.getClosingDecision());
        }
    }

    /** One notification of the exception to one person, and whether they read it. */
    public record Delivery(String recipient, int round, String channel, Instant sentAt, Instant readAt) {

        static Delivery of(InboxMessage m) {
            return new Delivery(m.getRecipient(), m.getRound(), "IN_APP", m.getCreatedAt(), m.getReadAt());
        }
    }

    static boolean isOverdue(OrderException e, Instant now) {
        return e.getStatus() == ExceptionStatus.OPEN && e.getResponseDueAt() != null && e.getResponseDueAt().isBefore(now);
    }
}
