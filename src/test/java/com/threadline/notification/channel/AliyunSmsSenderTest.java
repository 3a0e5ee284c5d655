package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SMS through the Aliyun SDK against a local stand-in for dysmsapi.aliyuncs.com. */
class AliyunSmsSenderTest extends AliyunChannelContract {

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final AliyunSmsSender sender = sender(URI.create(aliyun.baseUrl()), Duration.ofSeconds(2));

    @Override
    WireMockExtension provider() {
        return aliyun;
    }

    @Override
    AliyunSmsSender sender(URI baseUrl, Duration readTimeout) {
        return new AliyunSmsSender(new AliyunSmsSettings(baseUrl, "LTAI-test-key", "test-key-secret", "线迹科技",
                "SMS_480215001", Duration.ofSeconds(1), readTimeout));
    }

    @Override
    String accepted() {
        return "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"R1\"}";
    }

    @Test
    void sendsTheTemplateWithTheAlertAsParametersSignedWithTheAccessKey() {
        aliyunAnswers(200, accepted());

        assertThat(sender.send(WANG, DELIVERY_LATE)).isEqualTo(new SendResult("900619746936498440^0"));

        aliyun.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("x-acs-action", equalTo("SendSms"))
                .withHeader("x-acs-version", equalTo("2017-05-25"))
                .withHeader("Authorization", matching("ACS3-HMAC-SHA256 Credential=LTAI-test-key,.*Signature=\\w+"))
                .withQueryParam("PhoneNumbers", equalTo("13800138000"))
                .withQueryParam("SignName", equalTo("线迹科技"))
                .withQueryParam("TemplateCode", equalTo("SMS_480215001"))
                .withQueryParam("OutId", equalTo("threadline-42-1"))
                .withQueryParam("TemplateParam", equalToJson("""
                        {"grade": "P0", "title": "%s", "text": "%s", "link": "%s"}
                        """.formatted(DELIVERY_LATE.title(), DELIVERY_LATE.text(), DELIVERY_LATE.link()))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "isv.SMS_TEMPLATE_ILLEGAL",
            "isv.SMS_SIGNATURE_ILLEGAL",
            "isv.AMOUNT_NOT_ENOUGH",
            "isv.DAY_LIMIT_CONTROL", // the company's own daily cap: only tomorrow helps
    })
    void smsErrorsNoRetryFixes(String code) {
        aliyunAnswers(200, "{\"Code\":\"" + code + "\",\"Message\":\"error\",\"RequestId\":\"R1\"}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo(code);
    }

    @Test
    void isOffUntilItsAccessKeySignAndTemplateAreSet() {
        assertThat(sender.isConfigured()).isTrue();
        AliyunSmsSender withoutTemplate = new AliyunSmsSender(new AliyunSmsSettings(URI.create(aliyun.baseUrl()),
                "LTAI-test-key", "test-key-secret", "线迹科技", null, Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThat(withoutTemplate.isConfigured()).isFalse();
        assertThat(failureOf(() -> withoutTemplate.send(WANG, DELIVERY_LATE)).retryable()).isFalse();
    }
}
