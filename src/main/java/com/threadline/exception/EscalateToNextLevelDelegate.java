package com.threadline.exception;

import com.threadline.notification.InboxMessageRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The response deadline passed unconfirmed: the next level joins the responsible roles, is alerted in a
 * new round, and handling must be confirmed within a fresh deadline.
 */
@Component("escalateToNextLevelDelegate")
class EscalateToNextLevelDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final EscalationChain chain;
    private final ExceptionNotices notices;
    private final InboxMessageRepository inbox;
    private final Clock clock;

    EscalateToNextLevelDelegate(OrderExceptionRepository exceptions, EscalationChain chain, ExceptionNotices notices,
            InboxMessageRepository inbox, Clock clock) {
        this.exceptions = exceptions;
        this.chain = chain;
        this.notices = notices;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        List<String> roles = ExceptionVariables.roles(execution);
        List<String> nextLevel = chain.nextLevelOf(roles);
        List<String> allRoles = new ArrayList<>(roles);
        nextLevel.stream().filter(r -> !allRoles.contains(r)).forEach(allRoles::add);
        Integer responseMinutes = ExceptionVariables.minutes((Map<?, ?>) execution.getVariable("deadlines"),
                "responseMinutes");
        exception.escalated(nextLevel, responseMinutes, clock.instant());
        execution.setVariable("roles", allRoles);
        int round = inbox.lastRound(exception.getId()) + 1;
        List<String> recipients = notices.notifyRoles(exception, nextLevel, round, "升级 ");
        exception.notified(recipients, round, clock.instant());
    }
}
