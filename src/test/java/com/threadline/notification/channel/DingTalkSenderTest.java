package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.threadline.notification.channel.Alerts.DELIVERY_LATE;
import static com.threadline.notification.channel.Alerts.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/** DingTalk robot messages through the DingTalk SDK against a local stand-in for api.dingtalk.com. */
class DingTalkSenderTest extends TokenChannelContract {

    private static final String SEND_PATH = "/v1.0/robot/oToMessages/batchSend";

    @RegisterExtension
    static WireMockExtension dingtalk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private final DingTalkSender sender = sender(URI.create(dingtalk.baseUrl()), Duration.ofSeconds(2));

    @Override
    WireMockExtension provider() {
        return dingtalk;
    }

    @Override
    DingTalkSender sender(URI baseUrl, Duration readTimeout) {
        return new DingTalkSender(new DingTalkSettings(baseUrl, "ding-app-key", "ding-app-secret", "ding-robot",
                Duration.ofSeconds(1), readTimeout), clock);
    }

    @Override
    MappingBuilder sendCall() {
        return post(urlPathEqualTo(SEND_PATH));
    }

    @Override
    String accepted() {
        return "{\"processQueryKey\":\"pqk-1\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}";
    }

    @Override
    String missingAddress() {
        return "DINGTALK user id";
    }

    @Override
    String tokenPath() {
        return "/v1.0/oauth2/accessToken";
    }

    @Override
    String tokenIssued(String token) {
        return "{\"accessToken\":\"" + token + "\",\"expireIn\":7200}";
    }

    @Override
    MappingBuilder sendCall(String token) {
        return sendCall().withHeader("x-acs-dingtalk-access-token", equalTo(token));
    }

    @Override
    ResponseDefinitionBuilder tokenRejected() {
        return dingTalkError(400, "InvalidAuthentication");
    }

    private static ResponseDefinitionBuilder dingTalkError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"code\":\"" + code + "\",\"requestid\":\"r-1\",\"message\":\"error\"}");
    }

    private static void sendAnswers(String body) {
        dingtalk.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
    }

    @Test
    void sendsAnActionCardWithTheConfirmButton() throws Exception {
        sendAnswers(accepted());

        assertThat(sender.send(WANG, DELIVERY_LATE)).isEqualTo(new SendResult("pqk-1"));

        dingtalk.verify(postRequestedFor(urlPathEqualTo(tokenPath()))
                .withRequestBody(equalToJson("{\"appKey\":\"ding-app-key\",\"appSecret\":\"ding-app-secret\"}")));
        dingtalk.verify(postRequestedFor(urlPathEqualTo(SEND_PATH))
                .withHeader("x-acs-dingtalk-access-token", equalTo("token-1"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"robotCode": "ding-robot", "userIds": ["ding-wangli"], "msgKey": "sampleActionCard"}
                        """, true, true)));
        String sent = dingtalk.findAll(postRequestedFor(urlPathEqualTo(SEND_PATH))).get(0).getBodyAsString();
        JsonNode card = new ObjectMapper().readTree(new ObjectMapper().readTree(sent).path("msgParam").asText());
        assertThat(card.path("title").asText()).isEqualTo(DELIVERY_LATE.title());
        assertThat(card.path("text").asText()).contains(DELIVERY_LATE.text());
        assertThat(card.path("singleTitle").asText()).isEqualTo("确认处理");
        assertThat(card.path("singleURL").asText()).isEqualTo(DELIVERY_LATE.link());
    }

    @ParameterizedTest(name = "HTTP {0}, {1}: retryable {2}")
    @CsvSource({
            "400, invalidParameter.userIds.invalid, false",
            "403, Forbidden.AccessDenied.AccessTokenPermissionDenied, false", // the app lacks the permission
            "403, Forbidden.AccessDenied.QpsLimitForApi, true",
            "403, Forbidden.AccessDenied.QpsLimitForAppkeyAndApi, true",
            "429, Throttling, true",
            "500, ServiceUnavailable, true",
    })
    void providerErrorCodes(int status, String code, boolean retryable) {
        dingtalk.stubFor(sendCall().willReturn(dingTalkError(status, code)));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerCode()).isEqualTo(code);
    }

    @ParameterizedTest(name = "listed in {0}: retryable {1}")
    @CsvSource({"invalidStaffIdList, false", "flowControlledStaffIdList, true"})
    void aUserTheRobotCouldNotReach(String list, boolean retryable) {
        sendAnswers("{\"processQueryKey\":\"pqk-1\",\"" + list + "\":[\"ding-wangli\"]}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerCode()).isEqualTo(list);
    }

    @Test
    void aWrongAppSecretIsNotRetried() {
        dingtalk.stubFor(post(urlPathEqualTo(tokenPath())).willReturn(dingTalkError(400, "invalidClientIdOrSecret")));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo("invalidClientIdOrSecret");
        dingtalk.verify(0, postRequestedFor(urlPathEqualTo(SEND_PATH)));
    }

    @Test
    void isOffUntilItsCredentialsAndRobotAreSet() {
        assertThat(sender.isConfigured()).isTrue();
        assertThat(new DingTalkSettings(URI.create(dingtalk.baseUrl()), "ding-app-key", "ding-app-secret", null,
                Duration.ZERO, Duration.ZERO).isComplete()).isFalse();
    }
}
