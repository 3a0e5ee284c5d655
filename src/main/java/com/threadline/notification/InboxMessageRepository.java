package com.threadline.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InboxMessageRepository extends JpaRepository<InboxMessage, Long> {

    @Query("select m from InboxMessage m where m.exceptionId = ?1 and m.recipient = ?2 and m.round = ?3")
    Optional<InboxMessage> findByExceptionIdAndRecipientAndRound(Long exceptionId, String recipient, int round);

    List<InboxMessage> findByExceptionIdOrderByRoundAscRecipientAsc(Long exceptionId);

    List<InboxMessage> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

    List<InboxMessage> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    /** The inbox page: unread first, newest first, of one grade or all ({@code priority} null). */
    @Query(value = """
            select m from InboxMessage m where m.recipient = :recipient
              and (:priority is null or m.priority = :priority) and (:unreadOnly = false or m.readAt is null)
            order by case when m.readAt is null then 0 else 1 end, m.createdAt desc, m.id desc""",
            countQuery = """
            select count(m) from InboxMessage m where m.recipient = :recipient
              and (:priority is null or m.priority = :priority) and (:unreadOnly = false or m.readAt is null)""")
    Page<InboxMessage> page(@Param("recipient") String recipient, @Param("priority") String priority,
            @Param("unreadOnly") boolean unreadOnly, Pageable page);

    List<InboxMessage> findByRecipientAndReadAtIsNull(String recipient);

    @Query("select coalesce(max(m.round), 0) from InboxMessage m where m.exceptionId = ?1")
    int lastRound(Long exceptionId);

    @Modifying
    @Query("update InboxMessage m set m.readAt = ?3 where m.exceptionId = ?1 and m.recipient = ?2 and m.readAt is null")
    int markExceptionRead(Long exceptionId, String recipient, java.time.Instant at);
}
