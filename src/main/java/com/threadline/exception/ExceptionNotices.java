package com.threadline.exception;

import com.threadline.notification.Notification;
import com.threadline.notification.Notifier;
import com.threadline.notification.UndeliveredAlert;
import com.threadline.roster.DutyRoster;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes an exception's alert (order, what is late by how much, grade, deadline, link) and sends it. */
@Component
public class ExceptionNotices {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final DutyRoster roster;
    private final Notifier notifier;
    private final UndeliveredMarks marks;
    private final Clock clock;
    private final String baseUrl;

    ExceptionNotices(DutyRoster roster, Notifier notifier, UndeliveredMarks marks, Clock clock,
            @Value("${threadline.public-base-url:http://localhost:8080}") String baseUrl) {
        this.roster = roster;
        this.notifier = notifier;
        this.marks = marks;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Sends round {@code round} to the people on duty today for the roles; returns who was notified. */
    public List<String> notifyRoles(OrderException exception, Collection<String> roles, int round, String prefix) {
        List<String> recipients = roster.onDuty(roles, LocalDate.now(clock));
        notifyUsers(exception, recipients, round, prefix);
        return recipients;
    }

    /**
     * Sends round {@code round} to each recipient. When it reached some of them only in the app, the others still
     * get it; then the exception is marked undelivered and {@link UndeliveredAlert} fails the job, to be retried.
     */
    public void notifyUsers(OrderException exception, Collection<String> recipients, int round, String prefix) {
        String title = prefix + "[" + exception.getPriority() + "] " + exception.getType().label() + " "
                + exception.getOrderNo() + ": " + exception.getTitle();
        List<UndeliveredAlert> undelivered = new ArrayList<>();
        for (String recipient : recipients) {
            try {
                notifier.send(new Notification(recipient, exception.getId(), round, exception.getPriority(), title,
                        body(exception), baseUrl + "/exceptions/" + exception.getId()));
            } catch (UndeliveredAlert alert) {
                undelivered.add(alert);
            }
        }
        if (!undelivered.isEmpty()) {
            markUndelivered(exception.getId(), round, undelivered);
            throw undelivered.get(0);
        }
    }

    /** Once the job's transaction has rolled back (at once outside one), so that the mark stays. */
    private void markUndelivered(Long exceptionId, int round, List<UndeliveredAlert> alerts) {
        List<String> who = alerts.stream().map(a -> a.notification().recipient()).toList();
        String reasons = alerts.stream().map(Throwable::getMessage).collect(Collectors.joining(" | "));
        Runnable mark = () -> marks.mark(exceptionId, round, who, reasons);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mark.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                mark.run();
            }
        });
    }

    private String body(OrderException e) {
        StringBuilder text = new StringBuilder()
                .append("订单 ").append(e.getOrderNo()).append(" · ").append(e.getType().label())
                .append(" · 影响交期 ").append(e.getDelayDays()).append(" 天\n");
        if (e.getDetail() != null) {
            text.append(e.getDetail()).append('\n');
        }
        if (e.getResponseDueAt() != null) {
            text.append("请在 ").append(DEADLINE.withZone(clock.getZone()).format(e.getResponseDueAt()))
                    .append(" 前确认处理");
        }
        return text.toString();
    }

}
