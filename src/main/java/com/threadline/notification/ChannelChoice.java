package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import com.threadline.people.Reachability;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Which channels carry one alert to one person: decisions/notification-channels.dmn picks them from the priority,
 * the person's presence, the round and the quiet hours; IM becomes the person's preferred IM, else the company's.
 * The list has no duplicates and is in {@link Channel} order: inbox, IM, SMS, voice, email. Quiet hours also
 * keep the fallbacks of a P2/P3 from texting or ringing.
 */
@Component
public class ChannelChoice {

    static final String DECISION = "NotificationChannels";

    private static final List<Channel> FALLBACKS_AFTER_IM = List.of(Channel.SMS, Channel.VOICE, Channel.EMAIL);
    private static final Set<String> URGENT = Set.of("P0", "P1");

    private final DecisionService decisions;
    private final People people;
    private final ChannelChoiceSettings settings;
    private final Clock clock;

    ChannelChoice(DecisionService decisions, People people, ChannelChoiceSettings settings, Clock clock) {
        this.decisions = decisions;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    /** The channels for round {@code round} (1 = first alert) of a {@code priority} alert to {@code userId}, now. */
    public List<Channel> channelsFor(String userId, String priority, int round) {
        return channelsAt(userId, priority, round, clock.instant());
    }

    public List<Channel> channelsAt(String userId, String priority, int round, Instant at) {
        return planAt(people.reachabilityAt(userId, at), priority, round, at).channels();
    }

    /** The plan for one alert to {@code userId} now, from one read of the person. */
    Plan planFor(String userId, String priority, int round) {
        Instant now = clock.instant();
        return planAt(people.reachabilityAt(userId, now), priority, round, now);
    }

    private Plan planAt(Reachability person, String priority, int round, Instant at) {
        boolean quietHours = settings.quietHours().contains(at.atZone(clock.getZone()).toLocalTime());
        Map<String, Object> variables = new HashMap<>();
        variables.put("priority", priority);
        variables.put("presence", person.presence().decisionValue());
        variables.put("round", round);
        variables.put("quietHours", quietHours);
        List<Object> picked = decisions.evaluateDecisionTableByKey(DECISION).variables(variables).evaluate()
                .collectEntries("channel");

        InstantMessenger im = settings.imOf(person.preferredIm());
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Object name : picked) {
            channels.add("IM".equals(name) ? Channel.of(im) : channel(name));
        }
        boolean mayRingOrText = !quietHours || URGENT.contains(priority);
        List<Channel> fallbacks = Stream.concat(Stream.of(Channel.of(im)), FALLBACKS_AFTER_IM.stream())
                .filter(channel -> !channels.contains(channel))
                .filter(channel -> mayRingOrText || (channel != Channel.SMS && channel != Channel.VOICE))
                .toList();
        return new Plan(person, List.copyOf(channels), fallbacks);
    }

    private static Channel channel(Object name) {
        try {
            return Channel.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DECISION + " picked channel '" + name
                    + "', which is none of INBOX, IM, SMS, VOICE, EMAIL", e);
        }
    }

    /**
     * Whom to reach and how: {@code channels} for the alert, and in order the {@code fallbacks} that take over when
     * one of them fails: the person's IM, SMS, voice, email, except those already chosen, and at quiet hours no
     * SMS or voice for a P2/P3.
     */
    record Plan(Reachability person, List<Channel> channels, List<Channel> fallbacks) {

        Plan without(Channel channel) {
            return new Plan(person, channels.stream().filter(c -> c != channel).toList(),
                    fallbacks.stream().filter(c -> c != channel).toList());
        }
    }
}
