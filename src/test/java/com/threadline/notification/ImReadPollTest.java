package com.threadline.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.DingTalkSender;
import com.threadline.notification.channel.DingTalkSettings;
import com.threadline.notification.channel.FeishuSender;
import com.threadline.notification.channel.FeishuSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The IM read poll against local stand-ins of Feishu's read_users and DingTalk's robot readStatus endpoints, over
 * deliveries in the application's log. Provider message ids are unique per test, so other tests' rows (which the
 * stand-ins do not know) do not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImReadPollTest {

    private static final String FEISHU_READ_USERS = "/open-apis/im/v1/messages/%s/read_users";
    private static final String DINGTALK_READ_STATUS = "/v1.0/robot/oToMessages/readStatus";

    @RegisterExtension
    static WireMockExtension feishu = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    @RegisterExtension
    static WireMockExtension dingtalk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    DeliveryLog log;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    ReadReceipts receipts;
    @Autowired
    Clock clock;

    private long exceptionId;
    private final String unique = UUID.randomUUID().toString();

    @BeforeEach
    void setUp() {
        exceptionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        feishu.stubFor(post(urlPathEqualTo("/open-apis/auth/v3/tenant_access_token/internal"))
                .willReturn(okJson("{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-1\",\"expire\":7200}")));
        dingtalk.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(okJson("{\"accessToken\":\"token-1\",\"expireIn\":7200}")));
    }

    @Test
    void aFeishuMessageReportedReadIsAReadReceiptOnEveryDeliveryOfTheAlertToThatPerson() {
        String read = "om_read_" + unique;
        String unread = "om_unread_" + unique;
        feishuAnswers(read, "[{\"user_id_type\":\"user_id\",\"user_id\":\"WangLi\",\"timestamp\":\"1700000000000\"}]");
        feishuAnswers(unread, "[]");
        log.sentInApp(key("wang", Channel.INBOX), LoggedRound.nothing(), clock.instant(), "1");
        log.sent(key("wang", Channel.FEISHU), LoggedRound.nothing(), clock.instant(), read);
        log.sent(key("zhao", Channel.FEISHU), LoggedRound.nothing(), clock.instant(), unread);

        int found = poll();

        assertThat(found).isEqualTo(1);
        assertThat(receipt("wang", Channel.FEISHU)).isEqualTo(ReadVia.IM);
        assertThat(receipt("wang", Channel.INBOX)).isEqualTo(ReadVia.IM);
        assertThat(receipt("zhao", Channel.FEISHU)).isNull();
        feishu.verify(getRequestedFor(urlPathEqualTo(FEISHU_READ_USERS.formatted(read)))
                .withQueryParam("user_id_type", equalTo("user_id"))
                .withHeader("Authorization", equalTo("Bearer t-1")));
    }

    @Test
    void aDingTalkMessageReportedReadIsAReadReceiptAndAnUnreadOneIsNot() {
        String read = "pqk-read-" + unique;
        String unread = "pqk-unread-" + unique;
        dingTalkAnswers(read, "READ");
        dingTalkAnswers(unread, "UNREAD");
        log.sent(key("wang", Channel.DINGTALK), LoggedRound.nothing(), clock.instant(), read);
        log.sent(key("zhao", Channel.DINGTALK), LoggedRound.nothing(), clock.instant(), unread);

        poll();

        assertThat(receipt("wang", Channel.DINGTALK)).isEqualTo(ReadVia.IM);
        assertThat(receipt("zhao", Channel.DINGTALK)).isNull();
        dingtalk.verify(getRequestedFor(urlPathEqualTo(DINGTALK_READ_STATUS))
                .withQueryParam("processQueryKey", equalTo(read)).withQueryParam("robotCode", equalTo("ding-robot"))
                .withHeader("x-acs-dingtalk-access-token", equalTo("token-1")));
    }

    @Test
    void anAlertAlreadyReadElsewhereIsNotAskedAbout() {
        String message = "om_seen_" + unique;
        log.sent(key("wang", Channel.FEISHU), LoggedRound.nothing(), clock.instant(), message);
        receipts.record(exceptionId, "wang" + unique, ReadVia.LINK);

        poll();

        feishu.verify(0, getRequestedFor(urlPathEqualTo(FEISHU_READ_USERS.formatted(message))));
        assertThat(receipt("wang", Channel.FEISHU)).isEqualTo(ReadVia.LINK);
    }

    @Test
    void aProviderThatCannotAnswerNowIsAskedAgainNextTime() {
        String message = "om_later_" + unique;
        feishu.stubFor(get(urlPathEqualTo(FEISHU_READ_USERS.formatted(message)))
                .willReturn(aResponse().withStatus(503)));
        log.sent(key("wang", Channel.FEISHU), LoggedRound.nothing(), clock.instant(), message);

        poll();
        assertThat(receipt("wang", Channel.FEISHU)).isNull();
        feishuAnswers(message, "[{\"user_id_type\":\"user_id\",\"user_id\":\"WangLi\"}]");
        poll();

        assertThat(receipt("wang", Channel.FEISHU)).isEqualTo(ReadVia.IM);
    }

    private int poll() {
        FeishuSender feishuSender = new FeishuSender(new FeishuSettings(URI.create(feishu.baseUrl()), "cli_a1b2",
                "app-secret", Duration.ofSeconds(1), Duration.ofSeconds(2)), new ObjectMapper(), clock);
        DingTalkSender dingTalkSender = new DingTalkSender(new DingTalkSettings(URI.create(dingtalk.baseUrl()),
                "ding-app-key", "ding-app-secret", "ding-robot", Duration.ofSeconds(1), Duration.ofSeconds(2)), clock);
        return new ImReadPoll(List.of(feishuSender, dingTalkSender), deliveries, receipts,
                new ReadPollSettings(Duration.ofMinutes(1), Duration.ofHours(24), 1000), clock).poll();
    }

    private static void feishuAnswers(String messageId, String items) {
        feishu.stubFor(get(urlPathEqualTo(FEISHU_READ_USERS.formatted(messageId))).willReturn(okJson(
                "{\"code\":0,\"msg\":\"success\",\"data\":{\"items\":" + items + ",\"has_more\":false}}")));
    }

    private static void dingTalkAnswers(String processQueryKey, String readStatus) {
        dingtalk.stubFor(get(urlPathEqualTo(DINGTALK_READ_STATUS)).withQueryParam("processQueryKey",
                equalTo(processQueryKey)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody("""
                        {"sendStatus": "SUCCESS", "messageReadInfoList": [
                          {"name": "王丽", "userId": "ding-wangli", "readStatus": "%s", "readTimestamp": 1700000000000}]}
                        """.formatted(readStatus))));
    }

    private DeliveryKey key(String recipient, Channel channel) {
        return new DeliveryKey(exceptionId, 1, recipient + unique, channel);
    }

    private ReadVia receipt(String recipient, Channel channel) {
        return deliveries.find(key(recipient, channel)).orElseThrow().getReadVia();
    }
}
