package com.threadline.people;

import com.threadline.web.ConflictException;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as notifications see them: their contact card, preferred IM and presence. A person is a Camunda user;
 * their row is created on the first edit or heartbeat.
 */
@Service
public class People {

    private final PersonContactRepository contacts;
    private final IdentityService identity;
    private final PresenceSettings settings;
    private final Clock clock;

    People(PersonContactRepository contacts, IdentityService identity, PresenceSettings settings, Clock clock) {
        this.contacts = contacts;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    /** The stored card; for a user who has none yet, their Camunda name and nothing else. */
    @Transactional(readOnly = true)
    public ContactDetails contactOf(String userId) {
        return contacts.findByUserId(userId).map(PersonContact::details)
                .orElseGet(() -> new ContactDetails(userId, nameOf(requireUser(userId)), null, null, null, null,
                        null, null));
    }

    @Transactional(readOnly = true)
    public boolean hasContact(String userId) {
        return contacts.findByUserId(userId).isPresent();
    }

    /** Replaces the card (not the presence). A preferred IM needs the person's user id on it. */
    @Transactional
    public ContactDetails updateContact(ContactDetails details) {
        InstantMessenger preferred = details.preferredIm();
        if (preferred != null && details.imUserId(preferred) == null) {
            throw InvalidRequestException.of("preferredIm",
                    "is " + preferred + ", but the person has no " + preferred + " user id");
        }
        PersonContact contact = contacts.findByUserId(details.userId())
                .orElseGet(() -> new PersonContact(requireUser(details.userId()).getId(), null));
        contact.update(details);
        try {
            return contacts.saveAndFlush(contact).details();
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException firstCardRace) {
            throw new ConflictException("The contact of " + details.userId()
                    + " was created by someone else at the same moment; reload and try again.");
        }
    }

    /** The in-app page is open now; stamped in whole seconds, as MySQL and MariaDB keep TIMESTAMP columns. */
    public PresenceReport heartbeat(String userId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (contacts.recordHeartbeat(userId, now) == 0) {
            User user = requireUser(userId);
            try {
                PersonContact contact = new PersonContact(userId, nameOf(user));
                contact.heartbeat(now);
                contacts.saveAndFlush(contact);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException anotherPageWasFirst) {
                contacts.recordHeartbeat(userId, now);
            }
        }
        return presence(userId);
    }

    /**
     * Marks the person busy (counts as online, so a P0 texts but does not ring) until {@code requestedUntil},
     * in whole seconds.
     */
    @Transactional
    public void busyUntil(String userId, Instant requestedUntil) {
        Instant now = clock.instant();
        Instant until = requestedUntil.truncatedTo(ChronoUnit.SECONDS);
        if (!until.isAfter(now)) {
            throw InvalidRequestException.of("until", "must be in the future");
        }
        if (until.isAfter(now.plus(settings.longestBusy()))) {
            Duration longest = settings.longestBusy();
            throw InvalidRequestException.of("until", "must be at most " + (longest.toMinutesPart() == 0
                    ? longest.toHours() + " hours" : longest.toMinutes() + " minutes")
                    + " ahead; longer absences are leave");
        }
        PersonContact contact = contacts.findByUserId(userId)
                .orElseGet(() -> contacts.save(new PersonContact(userId, nameOf(requireUser(userId)))));
        contact.busyUntil(until);
    }

    @Transactional
    public void notBusy(String userId) {
        contacts.findByUserId(userId).ifPresentOrElse(contact -> contact.busyUntil(null), () -> requireUser(userId));
    }

    /** Presence now, with the heartbeat and busy times behind it. */
    @Transactional(readOnly = true)
    public PresenceReport presence(String userId) {
        Instant now = clock.instant();
        PersonContact contact = contacts.findByUserId(userId).orElse(null);
        if (contact == null) {
            requireUser(userId);
            return new PresenceReport(userId, Presence.UNKNOWN, null, null);
        }
        Instant busyUntil = contact.getBusyUntil() != null && contact.getBusyUntil().isAfter(now)
                ? contact.getBusyUntil() : null;
        return new PresenceReport(userId, contact.presenceAt(now, settings.onlineWindow()),
                contact.getLastHeartbeatAt(), busyUntil);
    }

    /**
     * Presence at {@code at} and contact card, in one read. A person without a heartbeat, or without a row, is
     * UNKNOWN, and without a row has no address but the inbox; this asks no Camunda query, as it runs for every
     * recipient of every alert.
     */
    @Transactional(readOnly = true)
    public Reachability reachabilityAt(String userId, Instant at) {
        return contacts.findByUserId(userId)
                .map(c -> new Reachability(c.presenceAt(at, settings.onlineWindow()), c.details()))
                .orElse(new Reachability(Presence.UNKNOWN,
                        new ContactDetails(userId, null, null, null, null, null, null, null)));
    }

    /** 404 unless {@code userId} is a Camunda user. */
    private User requireUser(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("No user " + userId);
        }
        return user;
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? null : name;
    }
}
