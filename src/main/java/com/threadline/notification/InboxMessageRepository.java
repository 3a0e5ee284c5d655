package com.threadline.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxMessageRepository extends JpaRepository<InboxMessage, Long> {

    @Query("select m from InboxMessage m where m.exceptionId = ?1 and m.recipient = ?2 and m.round = ?3")
    Optional<InboxMessage> findByExceptionIdAndRecipientAndRound(Long exceptionId, String recipient, int round);

    List<InboxMessage> findByExceptionIdOrderByRoundAscRecipientAsc(Long exceptionId);

    List<InboxMessage> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

    List<InboxMessage> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Query("select coalesce(max(m.round), 0) from InboxMessage m where m.exceptionId = ?1")
    int lastRound(Long exceptionId);

    @Modifying
    @Query("update InboxMessage m set m.readAt = ?3 where m.exceptionId = ?1 and m.recipient = ?2 and m.readAt is null")
    int markExceptionRead(Long exceptionId, String recipient, java.time.Instant at);
}
