package com.threadline.exception;

import com.threadline.notification.ReadReceipts;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every 15 minutes while handling is unconfirmed: a new round to those who have not read the alert. The delivery
 * log decides: a read receipt on any channel of any round (link opened, inbox read, IM read) counts as read.
 */
@Component("remindUnreadDelegate")
class RemindUnreadDelegate implements JavaDelegate {

    private final OrderExceptionRepository exceptions;
    private final ReadReceipts receipts;
    private final ExceptionNotices notices;
    private final Clock clock;

    RemindUnreadDelegate(OrderExceptionRepository exceptions, ReadReceipts receipts, ExceptionNotices notices,
            Clock clock) {
        this.exceptions = exceptions;
        this.receipts = receipts;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrderException exception = exceptions.require(ExceptionVariables.exceptionId(execution));
        List<String> unread = receipts.unreadRecipients(exception.getId());
        if (unread.isEmpty()) {
            return;
        }
        int round = receipts.lastRound(exception.getId()) + 1;
        notices.notifyUsers(exception, unread, round, "再次提醒 ");
        exception.notified(unread, round, clock.instant());
    }
}
