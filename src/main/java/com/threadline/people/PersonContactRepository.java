package com.threadline.people;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface PersonContactRepository extends JpaRepository<PersonContact, Long> {

    @Query("select c from PersonContact c where c.userId = ?1")
    Optional<PersonContact> findByUserId(String userId);

    /** A heartbeat without reading the row first (pages send one every minute); 0 when there is no row yet. */
    @Transactional
    @Modifying
    @Query("update PersonContact c set c.lastHeartbeatAt = ?2 where c.userId = ?1")
    int recordHeartbeat(String userId, Instant at);
}
