package com.threadline.exception;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The solution plan is overdue: the next level of the exception's roles is told, the plan task stays open. */
@Component
class LatePlanEscalation {

    private final EscalationChain chain;
    private final ExceptionNotices notices;
    private final Clock clock;

    LatePlanEscalation(EscalationChain chain, ExceptionNotices notices, Clock clock) {
        this.chain = chain;
        this.notices = notices;
        this.clock = clock;
    }

    void escalate(OrderException exception, int round) {
        List<String> nextLevel = chain.nextLevelOf(exception.roleList());
        notices.notifyRoles(exception, nextLevel, round, "方案超时 ");
        exception.planOverdue(nextLevel, clock.instant());
    }
}
