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
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Which channels carry one alert to one person: decisions/notification-channels.dmn picks them from the priority,
 * the person's presence, the round and the quiet hours; IM becomes the person's preferred IM, else the company's.
 * The list has no duplicates and is in {@link Channel} order: inbox, IM, SMS, voice, email.
 */
@Component
public class ChannelChoice {

    static final String DECISION = "NotificationChannels";

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
        Reachability person = people.reachabilityAt(userId, at);
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
            channels.add("IM".equals(name) ? im.channel() : channel(name));
        }
        return List.copyOf(channels);
    }

    private static Channel channel(Object name) {
        try {
            return Channel.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DECISION + " picked channel '" + name
                    + "', which is none of INBOX, IM, SMS, VOICE, EMAIL", e);
        }
    }
}
