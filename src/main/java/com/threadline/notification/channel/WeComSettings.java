package com.threadline.notification.channel;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/** WeCom (企业微信) self-built application: corp id, the application's secret and agent id. */
@ConfigurationProperties("threadline.notification.channels.wecom")
public record WeComSettings(
        @DefaultValue("https://qyapi.weixin.qq.com") URI baseUrl,
        String corpId,
        String corpSecret,
        Long agentId,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) implements ChannelSettings, ProviderEndpoint {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(corpId) && StringUtils.hasText(corpSecret) && agentId != null;
    }
}
