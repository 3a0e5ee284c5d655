package com.threadline.notification.channel;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * DingTalk (钉钉) internal application with a robot: app key and secret (Client ID and Client Secret) and the robot
 * code, which for an internal application's robot is its app key.
 */
@ConfigurationProperties("threadline.notification.channels.dingtalk")
public record DingTalkSettings(
        @DefaultValue("https://api.dingtalk.com") URI baseUrl,
        String appKey,
        String appSecret,
        String robotCode,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) implements ChannelSettings, ProviderEndpoint {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(appKey) && StringUtils.hasText(appSecret) && StringUtils.hasText(robotCode);
    }
}
