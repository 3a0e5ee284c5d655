package com.threadline.notification;

import static com.threadline.notification.channel.Channel.DINGTALK;
import static com.threadline.notification.channel.Channel.EMAIL;
import static com.threadline.notification.channel.Channel.FEISHU;
import static com.threadline.notification.channel.Channel.INBOX;
import static com.threadline.notification.channel.Channel.SMS;
import static com.threadline.notification.channel.Channel.VOICE;
import static com.threadline.notification.channel.Channel.WECOM;
import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import com.threadline.people.PersonContactRepository;
import com.threadline.people.TestPeople;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The deployed NotificationChannels decision, evaluated by the engine for real people: presence from their
 * heartbeat, IM from their card or the company (DINGTALK by default), quiet hours 22:00-07:00 in Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelChoiceTest {

    @Autowired
    ChannelChoice choice;
    @Autowired
    People people;
    @Autowired
    PersonContactRepository contacts;
    @Autowired
    TestPeople testPeople;
    @Autowired
    DecisionService decisions;
    @Autowired
    Clock clock;

    private String userId;

    @BeforeEach
    void setUp() {
        userId = testPeople.newUser("总经理");
    }

    @Test
    void aP0ToAnOfflinePersonWhoPrefersWecomRingsTextsAndEmails() {
        card(InstantMessenger.WECOM);
        contacts.recordHeartbeat(userId, clock.instant().minus(Duration.ofMinutes(10)));

        assertThat(choice.channelsFor(userId, "P0", 1)).containsExactly(INBOX, WECOM, SMS, VOICE, EMAIL);
    }

    @Test
    void aP0ToAnOnlinePersonTextsAndRingsOnlyWhenUnread() {
        card(InstantMessenger.WECOM);
        people.heartbeat(userId);

        assertThat(choice.channelsFor(userId, "P0", 1)).containsExactly(INBOX, WECOM, SMS, EMAIL);
        assertThat(choice.channelsFor(userId, "P0", 2)).containsExactly(INBOX, WECOM, SMS, VOICE);
    }

    @Test
    void aBusyPersonCountsAsOnline() {
        card(null);
        people.busyUntil(userId, clock.instant().plus(Duration.ofHours(1)));

        assertThat(choice.channelsFor(userId, "P0", 1)).containsExactly(INBOX, DINGTALK, SMS, EMAIL);
    }

    @Test
    void withoutAPreferredImTheCompanysIsUsed() {
        card(null);

        assertThat(choice.channelsFor(userId, "P1", 1)).containsExactly(INBOX, DINGTALK, SMS, EMAIL);
    }

    @Test
    void aPersonWithoutACardOrHeartbeatIsUnknownSoOfflineAndGetsTheCompanysIm() {
        assertThat(choice.channelsFor(userId, "P0", 1)).containsExactly(INBOX, DINGTALK, SMS, VOICE, EMAIL);
        assertThat(choice.channelsFor(TestPeople.unknownUser(), "P3", 1)).containsExactly(INBOX, DINGTALK);
    }

    @Test
    void anotherCompanyImIsTakenFromTheSettings() {
        ChannelChoice feishuCompany = new ChannelChoice(decisions, people,
                new ChannelChoiceSettings(InstantMessenger.FEISHU, QuietHours.of("22:00-07:00")), clock);
        card(null);

        assertThat(feishuCompany.channelsFor(userId, "P2", 1)).containsExactly(INBOX, FEISHU);
    }

    @Test
    void quietHoursAreReadInTheCompanysTimeZone() {
        card(InstantMessenger.FEISHU);

        assertThat(choice.channelsAt(userId, "P2", 2, shanghai("21:59"))).containsExactly(INBOX, FEISHU, SMS);
        assertThat(choice.channelsAt(userId, "P2", 2, shanghai("22:00"))).containsExactly(INBOX, FEISHU);
        assertThat(choice.channelsAt(userId, "P3", 3, shanghai("03:00"))).containsExactly(INBOX, FEISHU);
        assertThat(choice.channelsAt(userId, "P2", 2, shanghai("07:00"))).containsExactly(INBOX, FEISHU, SMS);
        assertThat(choice.channelsAt(userId, "P1", 3, shanghai("23:00"))).containsExactly(INBOX, FEISHU, SMS);
        assertThat(choice.channelsAt(userId, "P1", 3, shanghai("09:00")))
                .containsExactly(INBOX, FEISHU, SMS, VOICE);
        assertThat(choice.channelsAt(userId, "P0", 1, shanghai("03:00")))
                .containsExactly(INBOX, FEISHU, SMS, VOICE, EMAIL);
    }

    @Test
    void anUnknownPriorityGoesToTheInboxOnly() {
        assertThat(choice.channelsFor(userId, "P9", 1)).containsExactly(INBOX);
    }

    private void card(InstantMessenger preferredIm) {
        people.updateContact(new ContactDetails(userId, "王总", "+8613900009999", "wang@example.cn", "dt4711",
                "WangZong", "ou_4711", preferredIm));
    }

    /** 14:00 UTC is 22:00 in Shanghai: the same day at {@code time} there. */
    private Instant shanghai(String time) {
        return LocalDate.of(2026, 11, 23).atTime(LocalTime.parse(time)).atZone(clock.getZone()).toInstant();
    }
}
