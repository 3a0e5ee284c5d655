package com.threadline.notification.channel;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.teautil.Common;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * SMS through Aliyun SMS (SendSms) with the Aliyun SDK ({@code dysmsapi20170525}). The template receives
 * {@code grade}, {@code title}, {@code text} and {@code link}; OutId names the exception and round, so delivery
 * receipts can be matched.
 */
@Component
public class AliyunSmsSender extends AliyunSender<Client> {

    private final AliyunSmsSettings settings;

    public AliyunSmsSender(AliyunSmsSettings settings) {
        super(Channel.SMS, settings, Client::new);
        this.settings = settings;
    }

    @Override
    SendResult send(String mobile, Recipient to, OutgoingMessage message) {
        SendSmsRequest request = new SendSmsRequest()
                .setPhoneNumbers(mobile)
                .setSignName(settings.signName())
                .setTemplateCode(settings.templateCode())
                .setTemplateParam(Common.toJSONString(Map.of(
                        "grade", message.priority(),
                        "title", message.title(),
                        "text", message.text(),
                        "link", message.link())))
                .setOutId(outId(message));
        SendSmsResponseBody sent = calls.okBody(() -> client.sendSmsWithOptions(request, new RuntimeOptions())
                .getBody());
        return new SendResult(sent.getBizId());
    }
}
