package com.threadline.notification.channel;

import com.threadline.notification.channel.AliyunSender.AliyunAccessKey;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Aliyun voice (语音服务) text-to-speech call: an AccessKey allowed to call, the approved TTS template, and the
 * number shown to the person called (leave it out to use the public number pool).
 */
@ConfigurationProperties("threadline.notification.channels.voice")
public record AliyunVoiceSettings(
        @DefaultValue("https://dyvmsapi.aliyuncs.com") URI baseUrl,
        String accessKeyId,
        String accessKeySecret,
        String ttsCode,
        String calledShowNumber,
        @DefaultValue("2") int playTimes,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) implements AliyunAccessKey {

    @Override
    public boolean isComplete() {
        return StringUtils.hasText(accessKeyId) && StringUtils.hasText(accessKeySecret) && StringUtils.hasText(ttsCode);
    }
}
