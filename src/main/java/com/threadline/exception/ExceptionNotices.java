package com.threadline.exception;

import com.threadline.access.RoleMembers;
import com.threadline.notification.Notification;
import com.threadline.notification.Notifier;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes an exception's alert (order, what is late by how much, grade, deadline, link) and sends it. */
@Component
public class ExceptionNotices {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final RoleMembers members;
    private final Notifier notifier;
    private final Clock clock;
    private final String baseUrl;

    ExceptionNotices(RoleMembers members, Notifier notifier, Clock clock,
            @Value("${threadline.base-url:http://localhost:8080}") String baseUrl) {
        this.members = members;
        this.notifier = notifier;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Sends round {@code round} to everyone in the roles; returns who was notified. */
    public List<String> notifyRoles(OrderException exception, Collection<String> roles, int round, String prefix) {
        List<String> recipients = members.usersIn(roles);
        notifyUsers(exception, recipients, round, prefix);
        return recipients;
    }

    public void notifyUsers(OrderException exception, Collection<String> recipients, int round, String prefix) {
        String title = prefix + "[" + exception.getPriority() + "] " + exception.getType().label() + " "
                + exception.getOrderNo() + ": " + exception.getTitle();
        for (String recipient : recipients) {
            notifier.send(new Notification(recipient, exception.getId(), round, exception.getPriority(), title,
                    body(exception), baseUrl + "/api/exceptions/" + exception.getId()));
        }
    }

    private String body(OrderException e) {
        StringBuilder text = new StringBuilder()
                .append("订单 Order ").append(e.getOrderNo()).append(" · ").append(e.getType().label())
                .append(" · 影响交期 ").append(e.getDelayDays()).append(" 天 days\n");
        if (e.getDetail() != null) {
            text.append(e.getDetail()).append('\n');
        }
        if (e.getResponseDueAt() != null) {
            text.append("请在 ").append(DEADLINE.withZone(clock.getZone()).format(e.getResponseDueAt()))
                    .append(" 前确认处理 / confirm handling by this time");
        }
        return text.toString();
    }

}
