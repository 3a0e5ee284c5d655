package com.threadline.notification.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The SMTP server Threadline sends alerts through. Separate from {@code spring.mail}, so that the application starts
 * without one and mail stays off until a host and sender are set.
 */
@ConfigurationProperties("threadline.notification.channels.email")
public record EmailSettings(
        String host,
        @DefaultValue("25") int port,
        String username,
        String password,
        String from,
        @DefaultValue("false") boolean starttls,
        @DefaultValue("false") boolean ssl,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) implements ChannelSettings {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(host) && StringUtils.hasText(from);
    }
}
