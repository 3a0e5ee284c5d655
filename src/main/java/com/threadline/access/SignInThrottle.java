package com.threadline.access;

import com.threadline.access.SignInEvent.Kind;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login (known or not, so the answer tells nothing about which exist) and per client
 * address. A login with {@code max-failures-per-login} failures in a row, or an address with
 * {@code max-failures-per-address} within the lock duration, is refused whatever the password until the lock ends
 * or the administrator lifts it. Every failure, lock, refusal and lifted lock goes into the security audit trail.
 */
@Service
public class SignInThrottle {

    /** Longer than any login we accept, so a subject is never cut to look like another; longer tries are cut. */
    private static final int SUBJECT_LENGTH = 255;

    private final SignInLockRepository locks;
    private final SignInEventRepository events;
    private final Clock clock;
    private final int maxPerLogin;
    private final int maxPerAddress;
    private final Duration lockFor;

    SignInThrottle(SignInLockRepository locks, SignInEventRepository events, Clock clock,
            @Value("${threadline.access.sign-in.max-failures-per-login:5}") int maxPerLogin,
            @Value("${threadline.access.sign-in.max-failures-per-address:20}") int maxPerAddress,
            @Value("${threadline.access.sign-in.lock-duration:PT15M}") Duration lockFor) {
        this.locks = locks;
        this.events = events;
        this.clock = clock;
        this.maxPerLogin = maxPerLogin;
        this.maxPerAddress = maxPerAddress;
        this.lockFor = lockFor;
    }

    /**
     * What the counters say of this attempt before its password is checked: refused when the login or the address
     * is locked now (the refusal is recorded). Both subjects are read in one query, since every HTTP Basic request
     * passes here.
     */
    @Transactional
    public Attempt check(String login, String address) {
        Instant now = clock.instant();
        List<SignInLock> rows = locks.findBySubjects(cut(login), cut(address));
        boolean locked = rows.stream().anyMatch(l -> l.lockedAt(now));
        if (locked) {
            events.save(new SignInEvent(now, Kind.REFUSED, cut(login), address, null));
        }
        Long loginRow = rows.stream().filter(l -> l.getSubjectKind() == SignInLock.Kind.LOGIN).map(SignInLock::getId)
                .findFirst().orElse(null);
        return new Attempt(locked, loginRow);
    }

    @Transactional
    public void failed(String login, String address) {
        Instant now = clock.instant();
        events.save(new SignInEvent(now, Kind.FAILED, cut(login), address, null));
        count(SignInLock.Kind.LOGIN, login, address, maxPerLogin, now);
        count(SignInLock.Kind.ADDRESS, address, address, maxPerAddress, now);
    }

    /**
     * A right password ends the login's run of failures; the address's count only ages out. Nothing to do (and no
     * query) when the check found no run.
     */
    @Transactional
    public void succeeded(Attempt attempt) {
        if (attempt.loginRow() != null) {
            locks.deleteRow(attempt.loginRow());
        }
    }

    @Transactional(readOnly = true)
    public List<SignInLock> currentLocks() {
        return locks.findByLockedUntilAfterOrderByLockedUntilDesc(clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String login) {
        Instant now = clock.instant();
        return lock(SignInLock.Kind.LOGIN, login).filter(l -> l.lockedAt(now)).map(SignInLock::getLockedUntil);
    }

    @Transactional
    public void unlock(long lockId, String administrator) {
        SignInLock lock = locks.findById(lockId).orElseThrow(() -> new NotFoundException("No sign-in lock " + lockId));
        locks.delete(lock);
        boolean byLogin = lock.getSubjectKind() == SignInLock.Kind.LOGIN;
        events.save(new SignInEvent(clock.instant(), Kind.UNLOCKED, byLogin ? lock.getSubject() : null,
                byLogin ? null : lock.getSubject(), administrator));
    }

    @Transactional(readOnly = true)
    public List<SignInEvent> latestEvents(int count) {
        return events.findByOrderByIdDesc(PageRequest.of(0, count));
    }

    private void count(SignInLock.Kind kind, String subject, String address, int limit, Instant now) {
        if (subject == null) {
            return;
        }
        SignInLock lock = lock(kind, subject).orElseGet(() -> new SignInLock(kind, cut(subject)));
        if (lock.fail(now, limit, lockFor, lockFor)) {
            events.save(new SignInEvent(now, Kind.LOCKED, kind == SignInLock.Kind.LOGIN ? cut(subject) : null,
                    address, null));
        }
        locks.save(lock);
    }

    private Optional<SignInLock> lock(SignInLock.Kind kind, String subject) {
        return subject == null ? Optional.empty() : locks.findBySubjectKindAndSubject(kind, cut(subject));
    }

    /** The outcome of {@link #check}: whether to refuse, and the login's failure row if it has one. */
    public record Attempt(boolean refused, Long loginRow) {
    }

    private static String cut(String subject) {
        return subject == null || subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH);
    }
}
