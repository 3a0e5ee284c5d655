package com.threadline.notification.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feishu bot messages against a local stand-in for open.feishu.cn. */
class FeishuSenderTest extends TokenChannelContract {

    private static final String MESSAGES_PATH = "/open-apis/im/v1/messages";

    @RegisterExtension
    static WireMockExtension feishu = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();
    private final FeishuSender sender = sender(URI.create(feishu.baseUrl()), Duration.ofSeconds(2));

    @Override
    WireMockExtension provider() {
        return feishu;
    }

    @Override
    FeishuSender sender(URI baseUrl, Duration readTimeout) {
        return new FeishuSender(new FeishuSettings(baseUrl, "cli_a1b2", "app-secret", Duration.ofSeconds(1),
                readTimeout), new ObjectMapper(), clock);
    }

    @Override
    MappingBuilder sendCall() {
        return post(urlPathEqualTo(MESSAGES_PATH));
    }

    @Override
    String accepted() {
        return "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_1\"}}";
    }

    @Override
    String missingAddress() {
        return "FEISHU user id";
    }

    @Override
    String tokenPath() {
        return "/open-apis/auth/v3/tenant_access_token/internal";
    }

    @Override
    String tokenIssued(String token) {
        return "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + token + "\",\"expire\":7200}";
    }

    @Override
    MappingBuilder sendCall(String token) {
        return sendCall().withHeader("Authorization", equalTo("Bearer " + token));
    }

    @Override
    ResponseDefinitionBuilder tokenRejected() {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":99991663,\"msg\":\"Invalid access token for authorization.\"}");
    }

    private static void sendAnswers(int status, String body) {
        feishu.stubFor(post(urlPathEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsACardWithTheConfirmButton() throws Exception {
        sendAnswers(200, accepted());

        assertThat(sender.send(WANG, DELIVERY_LATE)).isEqualTo(new SendResult("om_1"));

        feishu.verify(postRequestedFor(urlPathEqualTo(tokenPath()))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("{\"app_id\":\"cli_a1b2\",\"app_secret\":\"app-secret\"}")));
        feishu.verify(postRequestedFor(urlPathEqualTo(MESSAGES_PATH))
                .withQueryParam("receive_id_type", equalTo("user_id"))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
                .withRequestBody(equalToJson(
                        "{\"receive_id\":\"fs-wangli\",\"msg_type\":\"interactive\"}", true, true)));
        JsonNode card = json.readTree(lastMessage().path("content").asText());
        assertThat(card.at("/header/title/content").asText()).isEqualTo(DELIVERY_LATE.title());
        assertThat(card.at("/header/template").asText()).isEqualTo("red");
        assertThat(card.at("/elements/0/text/content").asText()).isEqualTo(DELIVERY_LATE.text());
        assertThat(card.at("/elements/1/actions/0/url").asText()).isEqualTo(DELIVERY_LATE.link());
        assertThat(card.at("/elements/1/actions/0/text/content").asText()).isEqualTo("确认处理");
    }

    @Test
    void theSameRoundToTheSamePersonCarriesTheSameUuidSoFeishuDropsARepeat() throws Exception {
        sendAnswers(200, accepted());

        sender.send(WANG, DELIVERY_LATE);
        String first = lastMessage().path("uuid").asText();
        sender.send(WANG, DELIVERY_LATE);
        String again = lastMessage().path("uuid").asText();
        sender.send(WANG, new OutgoingMessage(42, 2, "P0", "t", "x", "https://threadline.example.com/confirm/42"));
        String nextRound = lastMessage().path("uuid").asText();

        assertThat(first).hasSizeLessThanOrEqualTo(50).isEqualTo(again).isNotEqualTo(nextRound);
    }

    @ParameterizedTest(name = "HTTP {0}, code {1}: retryable {2}")
    @CsvSource({
            "400, 230001, false", // invalid receive_id
            "400, 230013, false", // the bot is not available to this user
            "400, 99992361, false", // the user id belongs to another tenant
            "400, 230020, true", // message frequency limit
            "200, 11232, true", // message create rate limit
    })
    void providerErrorCodes(int status, int code, boolean retryable) {
        sendAnswers(status, "{\"code\":" + code + ",\"msg\":\"error\"}");

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerCode()).isEqualTo(String.valueOf(code));
    }

    @Test
    void aWrongAppSecretIsNotRetried() {
        feishu.stubFor(post(urlPathEqualTo(tokenPath()))
                .willReturn(okJson("{\"code\":10014,\"msg\":\"app secret invalid\"}")));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.providerCode()).isEqualTo("10014");
        feishu.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"429", "400"}) // 400: the answer of older APIs
    void aRateLimitIsRetriedAfterTheResetFeishuNames(int status) {
        feishu.stubFor(post(urlPathEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("x-ogw-ratelimit-limit", "100").withHeader("x-ogw-ratelimit-reset", "52")
                .withBody("{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")));

        ChannelFailure failure = failureOf(() -> sender.send(WANG, DELIVERY_LATE));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(52));
    }

    @Test
    void isOffUntilItsCredentialsAreSet() {
        assertThat(sender.isConfigured()).isTrue();
        assertThat(new FeishuSettings(URI.create(feishu.baseUrl()), "cli_a1b2", " ", Duration.ZERO, Duration.ZERO)
                .isComplete()).isFalse();
    }

    private JsonNode lastMessage() throws Exception {
        List<LoggedRequest> sent = feishu.findAll(postRequestedFor(urlPathEqualTo(MESSAGES_PATH)));
        return json.readTree(sent.get(sent.size() - 1).getBodyAsString());
    }
}
