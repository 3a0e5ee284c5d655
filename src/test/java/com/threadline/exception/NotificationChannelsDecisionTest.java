package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/notification-channels.dmn (COLLECT): a channels cell is the exact set of channels, separated by
 * spaces; each rule may add a channel only once, so the set is also the whole list. An empty cell is null.
 */
class NotificationChannelsDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest CHANNELS =
            DecisionUnderTest.load("notification-channels.dmn", "NotificationChannels");

    /** Every priority × presence × quiet hours, each in rounds 1, 2 and 3; "P2 P3" is a row for each. */
    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            priority, presence, quietHours, round1,                   round2,             round3
            # P0 online (busy counts as online): IM + SMS, email once; the phone rings from round 2; day or night
            P0,       online,   false,      INBOX IM SMS EMAIL,       INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       online,   true,       INBOX IM SMS EMAIL,       INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       busy,     false,      INBOX IM SMS EMAIL,       INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       busy,     true,       INBOX IM SMS EMAIL,       INBOX IM SMS VOICE, INBOX IM SMS VOICE
            # P0 offline (unknown counts as offline): phone + SMS + IM from round 1, email once; day or night
            P0,       offline,  false,      INBOX IM SMS VOICE EMAIL, INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       offline,  true,       INBOX IM SMS VOICE EMAIL, INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       unknown,  false,      INBOX IM SMS VOICE EMAIL, INBOX IM SMS VOICE, INBOX IM SMS VOICE
            P0,       unknown,  true,       INBOX IM SMS VOICE EMAIL, INBOX IM SMS VOICE, INBOX IM SMS VOICE
            # P1: SMS + IM whatever the presence, email once; the phone rings from round 3, not in quiet hours
            P1,       online,   false,      INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS VOICE
            P1,       online,   true,       INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS
            P1,       busy,     false,      INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS VOICE
            P1,       busy,     true,       INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS
            P1,       offline,  false,      INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS VOICE
            P1,       offline,  true,       INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS
            P1,       unknown,  false,      INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS VOICE
            P1,       unknown,  true,       INBOX IM SMS EMAIL,       INBOX IM SMS,       INBOX IM SMS
            # P2 and P3: IM; SMS from round 2, not in quiet hours; never the phone, never email
            P2 P3,    online,   false,      INBOX IM,                 INBOX IM SMS,       INBOX IM SMS
            P2 P3,    online,   true,       INBOX IM,                 INBOX IM,           INBOX IM
            P2 P3,    busy,     false,      INBOX IM,                 INBOX IM SMS,       INBOX IM SMS
            P2 P3,    busy,     true,       INBOX IM,                 INBOX IM,           INBOX IM
            P2 P3,    offline,  false,      INBOX IM,                 INBOX IM SMS,       INBOX IM SMS
            P2 P3,    offline,  true,       INBOX IM,                 INBOX IM,           INBOX IM
            P2 P3,    unknown,  false,      INBOX IM,                 INBOX IM SMS,       INBOX IM SMS
            P2 P3,    unknown,  true,       INBOX IM,                 INBOX IM,           INBOX IM
            """)
    void picksTheChannelsOfEachRound(String priorities, String presence, boolean quietHours, String round1,
            String round2, String round3) {
        List<String> expected = List.of(round1, round2, round3);
        for (String priority : priorities.split(" ")) {
            for (int round = 1; round <= 3; round++) {
                List<String> actual = channels(priority, presence, round, quietHours);

                assertThat(actual).as("%s round %d", priority, round)
                        .containsExactlyInAnyOrderElementsOf(List.of(expected.get(round - 1).split(" ")));
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            priority, presence, round, quietHours, channels
            # presence not known to the caller at all: offline
            P0,       ,         1,     false,      INBOX IM SMS VOICE EMAIL
            P1,       ,         3,     false,      INBOX IM SMS VOICE
            # a presence this table does not know: offline
            P0,       away,     1,     true,       INBOX IM SMS VOICE EMAIL
            # later rounds keep the escalated channels
            P0,       online,   9,     true,       INBOX IM SMS VOICE
            P1,       busy,     4,     false,      INBOX IM SMS VOICE
            P3,       offline,  7,     false,      INBOX IM SMS
            # quiet hours not given: treated as quiet, so a P2/P3 never goes by SMS by mistake
            P2,       online,   2,     ,           INBOX IM
            P1,       offline,  3,     ,           INBOX IM SMS
            # no known priority: the inbox only
            P9,       offline,  1,     false,      INBOX
            ,         offline,  2,     false,      INBOX
            """)
    void edgeCases(String priority, String presence, int round, Boolean quietHours, String channels) {
        assertThat(channels(priority, presence, round, quietHours))
                .containsExactlyInAnyOrderElementsOf(List.of(channels.split(" ")));
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        CHANNELS.assertEveryRuleIsExplained();
    }

    private static List<String> channels(String priority, String presence, int round, Boolean quietHours) {
        DmnDecisionResult result = CHANNELS.evaluate(Variables
                .putValue("priority", priority)
                .putValue("presence", presence)
                .putValue("round", round)
                .putValue("quietHours", quietHours));
        return result.collectEntries("channel");
    }
}
