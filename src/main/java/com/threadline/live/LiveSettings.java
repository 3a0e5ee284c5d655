package com.threadline.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code timeout}: how long one stream stays open; the browser's EventSource then reconnects by itself.
 * {@code heartbeat}: how often an idle stream gets a comment line, so that proxies keep it open and dead
 * connections are noticed.
 */
@ConfigurationProperties("threadline.live")
public record LiveSettings(@DefaultValue("30m") Duration timeout, @DefaultValue("25s") Duration heartbeat) {
}
