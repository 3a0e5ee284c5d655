package com.threadline.exception;

import com.threadline.notification.InboxMessageRepository;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The solution plan is overdue: the next level is told, the plan task stays with its owners. */
@Component("escalateLatePlanDelegate")
class EscalateLatePlanDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final EscalationChain chain;
    private final ExceptionNotices notices;
    private final InboxMessageRepository inbox;
    private final Clock clock;

    EscalateLatePlanDelegate(OrderExceptionRepository exceptions, EscalationChain chain, ExceptionNotices notices,
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
        List<String> nextLevel = chain.nextLevelOf(ExceptionVariables.roles(execution));
        int round = inbox.lastRound(exception.getId()) + 1;
        notices.notifyRoles(exception, nextLevel, round, "方案超时 ");
        exception.planOverdue(nextLevel, clock.instant());
    }
}
