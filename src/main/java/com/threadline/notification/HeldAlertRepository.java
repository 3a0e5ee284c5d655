package com.threadline.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HeldAlertRepository extends JpaRepository<HeldAlert, Long> {

    @Query("select h from HeldAlert h where h.exceptionId = ?1 and h.recipient = ?2 and h.releasedAt is null")
    Optional<HeldAlert> findWaiting(long exceptionId, String recipient);

    @Query("select h.id from HeldAlert h where h.releasedAt is null and h.releaseAt <= ?1 order by h.releaseAt, h.id")
    List<Long> findDueIds(Instant now);

    List<HeldAlert> findByExceptionIdOrderByIdAsc(long exceptionId);
}
