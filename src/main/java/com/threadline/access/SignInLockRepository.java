package com.threadline.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInLockRepository extends JpaRepository<SignInLock, Long> {

    Optional<SignInLock> findBySubjectKindAndSubject(SignInLock.Kind subjectKind, String subject);

    List<SignInLock> findByLockedUntilAfterOrderByLockedUntilDesc(Instant now);

    /** The login's and the address's rows, whichever exist; a null subject matches nothing. */
    @Query("select l from SignInLock l where (l.subjectKind = com.threadline.access.SignInLock.Kind.LOGIN"
            + " and l.subject = :login) or (l.subjectKind = com.threadline.access.SignInLock.Kind.ADDRESS"
            + " and l.subject = :address)")
    List<SignInLock> findBySubjects(String login, String address);

    /** Deletes without loading first; a row another request deleted meanwhile is no error. */
    @Modifying
    @Query("delete from SignInLock l where l.id = :id")
    void deleteRow(Long id);
}
