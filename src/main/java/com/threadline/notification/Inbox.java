package com.threadline.notification;

import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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
