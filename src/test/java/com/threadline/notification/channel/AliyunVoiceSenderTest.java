package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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

/** Text-to-speech calls through the Aliyun SDK against a local stand-in for dyvmsapi.aliyuncs.com. */
class AliyunVoiceSenderTest extends AliyunChannelContract {

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final AliyunVoiceSender sender = sender(URI.create(aliyun.baseUrl()), Duration.ofSeconds(2));

    @Override
    WireMockExtension provider() {
        return aliyun;
    }

    @Override
    AliyunVoiceSender sender(URI baseUrl, Duration readTimeout) {
        return sender(baseUrl, "057188773344", readTimeout);
    }

    private static AliyunVoiceSender sender(URI baseUrl, String shownNumber, Duration readTimeout) {
        return new AliyunVoiceSender(new AliyunVoiceSettings(baseUrl, "LTAI-test-key", "test-key-secret",
                "TTS_290005123", shownNumber, 2, Duration.ofSeconds(1), readTimeout));
    }

    @Override
    String accepted() {
        return "{\"Code\":\"OK\",\"Message\":\"OK\",\"CallId\":\"116012354148^10281378\",\"RequestId\":\"R1\"}";
    }

    @Test
    void callsWithTheTtsTemplateAndTheAlertAsParameters() {
        aliyunAnswers(200, accepted());

        assertThat(sender.send(WANG, DELIVERY_LATE)).isEqualTo(new SendResult("116012354148^10281378"));

        aliyun.verify(postRequestedFor(urlPathEqualTo("/"))
                .withHeader("x-acs-action", equalTo("SingleCallByTts"))
                .withHeader("x-acs-version", equalTo("2017-05-25"))
                .withHeader("Authorization", matching("ACS3-HMAC-SHA256 Credential=LTAI-test-key,.*"))
                .withQueryParam("CalledNumber", equalTo("13800138000"))
                .withQueryParam("CalledShowNumber", equalTo("057188773344"))
                .withQueryParam("TtsCode", equalTo("TTS_290005123"))
                .withQueryParam("PlayTimes", equalTo("2"))
                .withQueryParam("OutId", equalTo("threadline-42-1"))
                .withQueryParam("TtsParam", equalToJson("""
                        {"grade": "P0", "title": "%s", "text": "%s"}
                        """.formatted(DELIVERY_LATE.title(), DELIVERY_LATE.text()))));
    }

    @Test
    void withoutAShownNumberTheCallComesFromThePublicPool() {
        aliyunAnswers(200, accepted());

        sender(URI.create(aliyun.baseUrl()), null, Duration.ofSeconds(2)).send(WANG, DELIVERY_LATE);

        aliyun.verify(postRequestedFor(urlPathEqualTo("/")).withQueryParam("CalledShowNumber", absent()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "isv.TTS_TEMPLATE_ILLEGAL",
            "isv.OUT_OF_SERVICE", // the account is out of credit
    })
    void voiceErrorsNoRetryFixes(String code) {
        aliyunAnswers(200, "{\"Code\":\"" + code + "\",\"Message\":\"error\",\"RequestId\":\"R1\"}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo(code);
    }

    @Test
    void isOffUntilItsAccessKeyAndTemplateAreSet() {
        assertThat(sender.isConfigured()).isTrue();
        assertThat(new AliyunVoiceSettings(URI.create(aliyun.baseUrl()), "LTAI-test-key", "", "TTS_290005123", null,
                2, Duration.ZERO, Duration.ZERO).isComplete()).isFalse();
    }
}
