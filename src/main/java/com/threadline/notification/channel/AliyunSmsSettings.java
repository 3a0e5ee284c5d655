package com.threadline.notification.channel;

import com.threadline.notification.channel.AliyunSender.AliyunAccessKey;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/** Aliyun SMS (短信服务): an AccessKey allowed to send, the approved sign name and notification template. */
@ConfigurationProperties("threadline.notification.channels.sms")
public record AliyunSmsSettings(
        @DefaultValue("https://dysmsapi.aliyuncs.com") URI baseUrl,
        String accessKeyId,
        String accessKeySecret,
        String signName,
        String templateCode,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) implements AliyunAccessKey {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(accessKeyId) && StringUtils.hasText(accessKeySecret)
                && StringUtils.hasText(signName) && StringUtils.hasText(templateCode);
    }
}
