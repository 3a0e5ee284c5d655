package com.threadline.notification.channel;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/** Feishu (飞书) self-built application with its bot enabled: app id and app secret. */
@ConfigurationProperties("threadline.notification.channels.feishu")
public record FeishuSettings(
        @DefaultValue("https://open.feishu.cn") URI baseUrl,
        String appId,
        String appSecret,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) implements ChannelSettings, ProviderEndpoint {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(appId) && StringUtils.hasText(appSecret);
    }
}
