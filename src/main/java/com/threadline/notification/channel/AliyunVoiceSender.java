package com.threadline.notification.channel;

import com.aliyun.dyvmsapi20170525.Client;
import com.aliyun.dyvmsapi20170525.models.SingleCallByTtsRequest;
import com.aliyun.dyvmsapi20170525.models.SingleCallByTtsResponseBody;
import com.aliyun.teautil.Common;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A phone call that reads the alert aloud: Aliyun voice SingleCallByTts with the Aliyun SDK
 * ({@code dyvmsapi20170525}). The TTS template receives {@code grade}, {@code title} and {@code text}; a link
 * cannot be spoken.
 */
@Component
public class AliyunVoiceSender extends AliyunSender<Client> {

    private final AliyunVoiceSettings settings;

    public AliyunVoiceSender(AliyunVoiceSettings settings) {
        super(Channel.VOICE, settings, Client::new);
        this.settings = settings;
    }

    @Override
    SendResult send(String mobile, Recipient to, OutgoingMessage message) {
        SingleCallByTtsRequest request = new SingleCallByTtsRequest()
                .setCalledNumber(mobile)
                .setCalledShowNumber(settings.calledShowNumber())
                .setTtsCode(settings.ttsCode())
                .setTtsParam(Common.toJSONString(Map.of(
                        "grade", message.priority(),
                        "title", message.title(),
                        "text", message.text())))
                .setPlayTimes(settings.playTimes())
                .setOutId(outId(message));
        SingleCallByTtsResponseBody called = calls.okBody(() -> client.singleCallByTtsWithOptions(request,
                new RuntimeOptions()).getBody());
        return new SendResult(called.getCallId());
    }
}
