package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WeCom application messages against a local stand-in for qyapi.weixin.qq.com. */
class WeComSenderTest extends TokenChannelContract {

    private static final String SEND_PATH = "/cgi-bin/message/send";

    @RegisterExtension
    static WireMockExtension wecom = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final WeComSender sender = sender(URI.create(wecom.baseUrl()), Duration.ofSeconds(2));

    @Override
    WireMockExtension provider() {
        return wecom;
    }

    @Override
    WeComSender sender(URI baseUrl, Duration readTimeout) {
        return new WeComSender(new WeComSettings(baseUrl, "ww-corp", "s3cret+&=", 1000002L, Duration.ofSeconds(1),
                readTimeout), new ObjectMapper(), clock);
    }

    @Override
    MappingBuilder sendCall() {
        return post(urlPathEqualTo(SEND_PATH));
    }

    @Override
    String accepted() {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"msg-1\"}";
    }

    @Override
    String missingAddress() {
        return "WECOM user id";
    }

    @Override
    String tokenPath() {
        return "/cgi-bin/gettoken";
    }

    @Override
    String tokenIssued(String token) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token + "\",\"expires_in\":7200}";
    }

    @Override
    MappingBuilder sendCall(String token) {
        return sendCall().withQueryParam("access_token", equalTo(token));
    }

    @Override
    ResponseDefinitionBuilder tokenRejected() {
        return okJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
    }

    private static void sendAnswers(String json) {
        wecom.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson(json)));
    }

    @Test
    void sendsATextCardWithTheConfirmLink() {
        sendAnswers(accepted());

        assertThat(sender.send(WANG, DELIVERY_LATE)).isEqualTo(new SendResult("msg-1"));

        wecom.verify(getRequestedFor(urlPathEqualTo(tokenPath()))
                .withQueryParam("corpid", equalTo("ww-corp"))
                .withQueryParam("corpsecret", equalTo("s3cret+&=")));
        wecom.verify(postRequestedFor(urlPathEqualTo(SEND_PATH))
                .withQueryParam("access_token", equalTo("token-1"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"touser": "WangLi", "msgtype": "textcard", "agentid": 1000002,
                         "textcard": {"title": "订单 TL-0042 交期延误",
                                      "description": "%s",
                                      "url": "https://threadline.example.com/confirm/42?round=1&token=a1b2",
                                      "btntxt": "确认处理"}}
                        """.formatted(DELIVERY_LATE.text()))));
    }

    @ParameterizedTest(name = "errcode {0}: retryable {1}")
    @CsvSource({
            "-1, true", // system busy
            "45009, true", // API frequency limit
            "45033, true", // too many concurrent calls
            "81013, false", // user, department and tag all invalid
            "60020, false", // server IP not in the application's allow list
    })
    void providerErrorCodes(int errcode, boolean retryable) {
        sendAnswers("{\"errcode\":" + errcode + ",\"errmsg\":\"error\"}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerCode()).isEqualTo(String.valueOf(errcode));
        assertThat(failure.retryAfter()).isNull();
    }

    @Test
    void aUserWeComDoesNotKnowIsNotRetried() {
        sendAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"WangLi\",\"msgid\":\"msg-3\"}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo("invaliduser");
    }

    @Test
    void aWrongSecretIsNotRetried() {
        wecom.stubFor(get(urlPathEqualTo(tokenPath()))
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}")));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo("40001");
        wecom.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheTimeAskedFor() {
        wecom.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.providerCode()).isEqualTo("HTTP 429");
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void isOffUntilItsCredentialsAreSet() {
        assertThat(sender.isConfigured()).isTrue();
        assertThat(new WeComSettings(URI.create(wecom.baseUrl()), "ww-corp", "s3cret", null, Duration.ZERO,
                Duration.ZERO).isComplete()).isFalse();
        assertThat(new WeComSettings(URI.create(wecom.baseUrl()), "ww-corp", null, 1000002L, Duration.ZERO,
                Duration.ZERO).isComplete()).isFalse();
    }
}
