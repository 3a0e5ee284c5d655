package com.threadline.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInLockRepository extends JpaRepository<SignInLock, Long> {

    Optional<SignInLock> findBySubjectKindAndSubject(SignInLock.Kind subjectKind, String subject);

    List<SignInLock> findByLockedUntilAfterOrderByLockedUntilDesc(Instant now);
}
