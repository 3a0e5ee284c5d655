package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.calendar.WorkingCalendars;
import com.threadline.people.TestPeople;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routine alerts outside working hours wait for the company calendar's next working period (Mon–Fri 08:30–18:00,
 * the 2026 public holidays and make-up days of migration V42), then go out; P0/P1 go at once. Each notifier here
 * runs on its own fixed clock in Shanghai; delivery is the application's own (the inbox, no remote channel set up).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkingHoursNotifierTest {

    @Autowired
    ChannelNotifier channels;
    @Autowired
    HeldAlertRepository held;
    @Autowired
    WorkingCalendars calendars;
    @Autowired
    InboxMessageRepository inbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestPeople testPeople;
    @Autowired
    Clock clock;

    private String userId;
    private long exceptionId;

    @BeforeEach
    void setUp() {
        userId = testPeople.newUser("计划");
        exceptionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @Test
    void aP3RaisedAt22IsDeliveredAtTheNextWorkingStartOnce() {
        WorkingHoursNotifier night = notifierAt("2026-11-23T22:00");
        night.send(alert("P3", 1));
        night.send(alert("P3", 2));

        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).as("nothing at night").isEmpty();
        HeldAlert waiting = held.findWaiting(exceptionId, userId).orElseThrow();
        assertThat(waiting.getReleaseAt()).isEqualTo(shanghai("2026-11-24T08:30"));
        assertThat(waiting.getMergedRounds()).as("the reminder joined the waiting alert").isEqualTo(1);

        notifierAt("2026-11-24T08:29").releaseDue();
        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).isEmpty();

        notifierAt("2026-11-24T08:30").releaseDue();
        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).singleElement()
                .satisfies(m -> assertThat(m.getRound()).isEqualTo(1));
        assertThat(held.findWaiting(exceptionId, userId)).isEmpty();

        notifierAt("2026-11-24T09:00").releaseDue();
        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).as("delivered once").hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1} at {2}")
    @CsvSource({
            "P0, 2026-11-23T22:00, true",
            "P1, 2026-11-23T03:00, true",
            "P2, 2026-11-23T08:30, true",
            "P2, 2026-11-23T17:59, true",
            "P2, 2026-11-23T18:00, false",
            "P3, 2026-11-23T08:29, false",
            "P3, 2026-11-28T10:00, false",
            "P2, 2026-10-01T10:00, false",
            "P2, 2026-10-10T10:00, true"})
    void onlyRoutineAlertsOutsideWorkingHoursWait(String priority, String at, boolean sentAtOnce) {
        notifierAt(at).send(alert(priority, 1));

        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).hasSize(sentAtOnce ? 1 : 0);
        assertThat(held.findWaiting(exceptionId, userId).isPresent()).isNotEqualTo(sentAtOnce);
    }

    @ParameterizedTest(name = "held at {0}, out at {1}")
    @CsvSource({
            "2026-11-27T22:00, 2026-11-30T08:30",
            "2026-09-30T19:00, 2026-10-08T08:30",
            "2026-10-09T18:30, 2026-10-10T08:30",
            "2026-11-24T06:00, 2026-11-24T08:30"})
    void theNextWorkingStartSkipsRestDaysAndHolidaysAndTakesMakeUpDays(String heldAt, String releasedAt) {
        notifierAt(heldAt).send(alert("P2", 1));

        assertThat(held.findWaiting(exceptionId, userId).orElseThrow().getReleaseAt()).isEqualTo(shanghai(releasedAt));
    }

    private WorkingHoursNotifier notifierAt(String localDateTime) {
        return new WorkingHoursNotifier(channels, held, calendars, transaction,
                Clock.fixed(shanghai(localDateTime), clock.getZone()), true);
    }

    private Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(clock.getZone()).toInstant();
    }

    private Notification alert(String priority, int round) {
        return new Notification(userId, exceptionId, round, priority, "[" + priority + "] 产能不足 TL-0042",
                "缝制连续两天低于计划", "http://localhost:8080/exceptions/" + exceptionId);
    }
}
