package com.threadline.notification;

import com.threadline.web.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a person's inbox and marking what they have read (which is a read receipt of the whole alert). */
@Service
public class Inbox {

    private final InboxMessageRepository messages;
    private final ReadReceipts receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(InboxMessageRepository messages, ReadReceipts receipts, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.receipts = receipts;
        this.events = events;
        this.clock = clock;
    }

    /** Puts a notice that belongs to no exception into a person's inbox; their open pages get it once committed. */
    @Transactional
    public InboxMessage notice(String recipient, String title, String body, String link) {
        InboxMessage message = messages.save(new InboxMessage(recipient, title, body, link, clock.instant()));
        events.publishEvent(new InboxChanged(recipient, message));
        return message;
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> of(String recipient, boolean unreadOnly, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        return unreadOnly ? messages.findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(recipient, page)
                : messages.findByRecipientOrderByCreatedAtDesc(recipient, page);
    }

    /** A page of the inbox page: unread first, then newest first; {@code priority} P0–P3 or null for all. */
    @Transactional(readOnly = true)
    public PageOf<InboxItem> page(String recipient, String priority, boolean unreadOnly, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "必须是 0 或以上"));
        }
        if (size < 1 || size > 200) {
            problems.add(new FieldProblem("size", "必须在 1 到 200 之间"));
        }
        if (priority != null && !priority.matches("P[0-3]")) {
            problems.add(new FieldProblem("priority", "只能是 P0、P1、P2、P3 之一"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Page<InboxMessage> found = messages.page(recipient, priority, unreadOnly, PageRequest.of(page, size));
        return new PageOf<>(found.map(InboxItem::of).getContent(), page, size, found.getTotalElements());
    }

    /**
     * Marks everything in a person's inbox read; for alerts that is a read receipt, which stops their reminders.
     * Returns how many messages it marked.
     */
    @Transactional
    public int markAllRead(String reader) {
        List<InboxMessage> unread = messages.findByRecipientAndReadAtIsNull(reader);
        Instant now = clock.instant();
        Set<Long> exceptionIds = new TreeSet<>();
        for (InboxMessage message : unread) {
            message.markRead(now);
            if (message.getExceptionId() != null) {
                exceptionIds.add(message.getExceptionId());
            }
        }
        receipts.recordAll(exceptionIds, reader, ReadVia.IN_APP);
        return unread.size();
    }

    @Transactional(readOnly = true)
    public long unreadCount(String recipient) {
        return messages.countByRecipientAndReadAtIsNull(recipient);
    }

    @Transactional
    /** Someone else's message is as unknown as a missing one. */
    public InboxMessage markRead(Long messageId, String reader) {
        InboxMessage message = messages.findById(messageId).filter(m -> reader.equals(m.getRecipient()))
                .orElseThrow(() -> new NotFoundException("No inbox message " + messageId));
        message.markRead(clock.instant());
        if (message.getExceptionId() != null) {
            receipts.record(message.getExceptionId(), message.getRecipient(), ReadVia.IN_APP);
        } else {
            events.publishEvent(InboxChanged.read(reader));
        }
        return message;
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> ofException(Long exceptionId) {
        return messages.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId);
    }
}
