package com.threadline.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The adapters as Spring builds them from the README's property names. */
class ChannelSendersWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Senders.class)
            .withBean(ObjectMapper.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void everyChannelIsOffUntilItsPropertiesAreSet() {
        context.run(beans -> assertThat(beans.getBeansOfType(ChannelSender.class).values())
                .extracting(ChannelSender::channel, ChannelSender::isConfigured)
                .containsExactlyInAnyOrder(
                        tuple(Channel.DINGTALK, false),
                        tuple(Channel.WECOM, false),
                        tuple(Channel.FEISHU, false),
                        tuple(Channel.SMS, false),
                        tuple(Channel.VOICE, false),
                        tuple(Channel.EMAIL, false)));
    }

    @Test
    void theDocumentedPropertiesTurnEveryChannelOn() {
        context.withPropertyValues(
                        "threadline.notification.channels.dingtalk.app-key=dingxxxx",
                        "threadline.notification.channels.dingtalk.app-secret=secret",
                        "threadline.notification.channels.dingtalk.robot-code=dingxxxx",
                        "threadline.notification.channels.wecom.corp-id=ww0123",
                        "threadline.notification.channels.wecom.corp-secret=secret",
                        "threadline.notification.channels.wecom.agent-id=1000002",
                        "threadline.notification.channels.feishu.app-id=cli_a1b2",
                        "threadline.notification.channels.feishu.app-secret=secret",
                        "threadline.notification.channels.sms.access-key-id=LTAI",
                        "threadline.notification.channels.sms.access-key-secret=secret",
                        "threadline.notification.channels.sms.sign-name=线迹科技",
                        "threadline.notification.channels.sms.template-code=SMS_1",
                        "threadline.notification.channels.voice.access-key-id=LTAI",
                        "threadline.notification.channels.voice.access-key-secret=secret",
                        "threadline.notification.channels.voice.tts-code=TTS_1",
                        "threadline.notification.channels.email.host=smtp.example.com",
                        "threadline.notification.channels.email.from=alerts@example.com",
                        "threadline.notification.channels.wecom.read-timeout=8s")
                .run(beans -> {
                    assertThat(beans.getBeansOfType(ChannelSender.class).values())
                            .hasSize(6).allMatch(ChannelSender::isConfigured);
                    assertThat(beans.getBean(WeComSettings.class).readTimeout()).hasSeconds(8);
                    assertThat(beans.getBean(DingTalkSettings.class).baseUrl())
                            .hasToString("https://api.dingtalk.com");
                });
    }

    @Configuration
    @EnableConfigurationProperties({DingTalkSettings.class, WeComSettings.class, FeishuSettings.class,
            AliyunSmsSettings.class, AliyunVoiceSettings.class, EmailSettings.class})
    @Import({DingTalkSender.class, WeComSender.class, FeishuSender.class, AliyunSmsSender.class,
            AliyunVoiceSender.class, EmailSender.class})
    static class Senders {
    }
}
