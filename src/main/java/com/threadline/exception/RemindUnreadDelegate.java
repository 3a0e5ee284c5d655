package com.threadline.exception;

import com.threadline.notification.InboxMessageRepository;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every 15 minutes while handling is unconfirmed: a new round to those who have not read the alert. */
@Component("remindUnreadDelegate")
class RemindUnreadDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final InboxMessageRepository inbox;
    private final ExceptionNotices notices;
    private final Clock clock;

    RemindUnreadDelegate(OrderExceptionRepository exceptions, InboxMessageRepository inbox, ExceptionNotices notices,
            Clock clock) {
        this.exceptions = exceptions;
        this.inbox = inbox;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        List<String> unread = inbox.unreadRecipients(exception.getId());
        if (unread.isEmpty()) {
            return;
        }
        int round = inbox.lastRound(exception.getId()) + 1;
        notices.notifyUsers(exception, unread, round, "再次提醒 Reminder ");
        exception.notified(unread, round, clock.instant());
    }
}
