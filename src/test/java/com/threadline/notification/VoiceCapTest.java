package com.threadline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.notification.channel.Channel;
import com.threadline.people.ContactDetails;
import com.threadline.people.Presence;
import com.threadline.people.Reachability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One call an hour rings a person, whatever the exceptions (threadline.notification.voice-calls-per-hour, 1 by
 * default): a plan that would call them again within the hour goes without voice, by its other channels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VoiceCapTest {

    @Autowired
    VoiceCap cap;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    Clock clock;

    private String person;
    private Instant now;

    @BeforeEach
    void setUp() {
        person = "voice-" + UUID.randomUUID();
        now = clock.instant();
    }

    @Test
    void aPersonCalledWithinTheHourIsNotCalledAgainButStillGetsTheOtherChannels() {
        called(person, now.minus(Duration.ofMinutes(30)));

        ChannelChoice.Plan plan = cap.apply(plan(List.of(Channel.WECOM, Channel.SMS, Channel.VOICE),
                List.of(Channel.SMS, Channel.VOICE)), person);

        assertThat(plan.channels()).containsExactly(Channel.WECOM, Channel.SMS);
        assertThat(plan.fallbacks()).containsExactly(Channel.SMS);
    }

    @Test
    void aCallMoreThanAnHourAgoOrToSomeoneElseLeavesThePlanAsItIs() {
        called(person, now.minus(Duration.ofMinutes(61)));
        called("voice-someone-else-" + UUID.randomUUID(), now.minus(Duration.ofMinutes(5)));

        ChannelChoice.Plan plan = cap.apply(plan(List.of(Channel.SMS, Channel.VOICE), List.of()), person);

        assertThat(plan.channels()).containsExactly(Channel.SMS, Channel.VOICE);
    }

    @Test
    void aCallThatNeverReachedTheProviderDoesNotCount() {
        NotificationDelivery failed = new NotificationDelivery(key(person), now.minus(Duration.ofMinutes(10)));
        failed.failed("provider down", now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(10)));
        deliveries.save(failed);

        ChannelChoice.Plan plan = cap.apply(plan(List.of(Channel.VOICE), List.of()), person);

        assertThat(plan.channels()).containsExactly(Channel.VOICE);
    }

    private void called(String recipient, Instant at) {
        NotificationDelivery call = new NotificationDelivery(key(recipient), at);
        call.sent("call-" + UUID.randomUUID(), at, at);
        deliveries.save(call);
    }

    private static DeliveryKey key(String recipient) {
        return new DeliveryKey(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE), 1, recipient,
                Channel.VOICE);
    }

    private ChannelChoice.Plan plan(List<Channel> channels, List<Channel> fallbacks) {
        ContactDetails contact = new ContactDetails(person, "王总", "13800138000", null, null, null, null, null);
        return new ChannelChoice.Plan(new Reachability(Presence.OFFLINE, contact), channels, fallbacks);
    }
}
