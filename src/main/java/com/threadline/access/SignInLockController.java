package com.threadline.access;

import com.threadline.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's view of the brute-force throttle: current locks, lifting one, and the security trail. */
@RestController
class SignInLockController {

    private static final int MAX_EVENTS = 500;

    private final SignInThrottle throttle;

    SignInLockController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    record LockView(long id, SignInLock.Kind kind, String subject, int failures, Instant lockedUntil) {
    }

    record EventView(long id, Instant at, SignInEvent.Kind event, String login, String address, String doneBy) {
    }

    @GetMapping("/api/users/sign-in-locks")
    List<LockView> locks() {
        return throttle.currentLocks().stream().map(l -> new LockView(l.getId(), l.getSubjectKind(), l.getSubject(),
                l.getFailures(), l.getLockedUntil())).toList();
    }

    @DeleteMapping("/api/users/sign-in-locks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable long id, @AuthenticationPrincipal SignedInUser administrator) {
        throttle.unlock(id, administrator.login());
    }

    @GetMapping("/api/users/sign-in-events")
    List<EventView> events(@RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > MAX_EVENTS) {
            throw InvalidRequestException.of("size", "must be between 1 and " + MAX_EVENTS);
        }
        return throttle.latestEvents(size).stream().map(e -> new EventView(e.getId(), e.getAt(), e.getEvent(),
                e.getLogin(), e.getAddress(), e.getDoneBy())).toList();
    }
}
