package com.threadline.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Presence from the heartbeat's age and the busy mark, at a fixed moment; the online window is 2 minutes. */
class PresenceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(2);

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            heartbeatSecondsAgo, busyForSeconds, presence
            # no heartbeat ever
            ,                    ,               UNKNOWN
            # younger than the window: online; exactly the window or older: offline
            0,                   ,               ONLINE
            119,                 ,               ONLINE
            120,                 ,               OFFLINE
            3600,                ,               OFFLINE
            # a heartbeat from a clock running ahead still counts as fresh
            -5,                  ,               ONLINE
            # busy until a later moment wins over any heartbeat, and over none
            10,                  60,             BUSY
            3600,                1,              BUSY
            ,                    60,             BUSY
            # busy ends at its moment, then the heartbeat speaks again
            10,                  0,              ONLINE
            3600,                -60,            OFFLINE
            ,                    -1,             UNKNOWN
            """)
    void followsTheHeartbeatAndTheBusyMark(Long heartbeatSecondsAgo, Long busyForSeconds, Presence presence) {
        Instant heartbeat = heartbeatSecondsAgo == null ? null : NOW.minusSeconds(heartbeatSecondsAgo);
        Instant busyUntil = busyForSeconds == null ? null : NOW.plusSeconds(busyForSeconds);

        assertThat(Presence.of(heartbeat, busyUntil, NOW, WINDOW)).isEqualTo(presence);
    }

    @ParameterizedTest
    @CsvSource({"ONLINE, online", "BUSY, busy", "OFFLINE, offline", "UNKNOWN, unknown"})
    void isHandedToTheDecisionInLowerCase(Presence presence, String value) {
        assertThat(presence.decisionValue()).isEqualTo(value);
    }
}
