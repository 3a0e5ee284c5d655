package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts for the operator's dashboard (docs/operations.md#watching-it): alerts handed to a channel, failed attempts,
 * and fallbacks to another channel, each by grade and channel. A count is an increment, nothing more, on the way of
 * the first notification.
 */
@Component
public class AlertMetrics {

    private static final List<String> GRADES = List.of("P0", "P1", "P2", "P3");

    private final MeterRegistry registry;

    /**
     * Every count starts at 0, so that Prometheus sees the first failure as an increase rather than as a new series.
     */
    public AlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            for (String grade : GRADES) {
                sent(channel, grade, 0);
                failed(channel, grade, 0);
                fellBack(channel, grade, 0);
            }
        }
    }

    void sent(Channel channel, String grade) {
        sent(channel, grade, 1);
    }

    void failed(Channel channel, String grade) {
        failed(channel, grade, 1);
    }

    void fellBack(Channel channel, String grade) {
        fellBack(channel, grade, 1);
    }

    private void sent(Channel channel, String grade, int by) {
        count("threadline.alerts.sent", "Alerts a channel's provider (or the inbox) took", channel, grade, by);
    }

    private void failed(Channel channel, String grade, int by) {
        count("threadline.alerts.send.failures", "Attempts to hand an alert to a channel that failed", channel, grade,
                by);
    }

    private void fellBack(Channel channel, String grade, int by) {
        count("threadline.alerts.fallbacks", "Alerts sent on a fallback channel after the chosen one failed", channel,
                grade, by);
    }

    private void count(String name, String description, Channel channel, String grade, int by) {
        Counter.builder(name).description(description).tag("channel", channel.name())
                .tag("grade", grade == null ? "none" : grade).register(registry).increment(by);
    }
}
