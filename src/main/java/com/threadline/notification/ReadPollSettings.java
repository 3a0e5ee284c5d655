package com.threadline.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The poll that asks DingTalk and Feishu which alerts were read: every {@code interval}, about at most
 * {@code batchSize} unread messages sent within {@code lookback} (Feishu answers for 7 days at most).
 */
@ConfigurationProperties("threadline.notification.read-poll")
public record ReadPollSettings(@DefaultValue("1m") Duration interval, @DefaultValue("24h") Duration lookback,
        @DefaultValue("200") int batchSize) {
}
