package com.threadline.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.threadline.notification.channel.AliyunSmsSender;
import com.threadline.notification.channel.AliyunSmsSettings;
import com.threadline.notification.channel.Channel;
import com.threadline.notification.channel.ChannelSender;
import com.threadline.notification.channel.EmailSender;
import com.threadline.notification.channel.EmailSettings;
import com.threadline.notification.channel.WeComSender;
import com.threadline.notification.channel.WeComSettings;
import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import com.threadline.people.TestPeople;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Delivery of one alert over real adapters: WeCom against WireMock, email against GreenMail, the inbox and the
 * delivery log in the application's database. Each test builds its notifier from the adapters it needs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChannelNotifierTest {

    private static final String SEND = "/cgi-bin/message/send";

    @RegisterExtension
    static WireMockExtension wecom = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    People people;
    @Autowired
    ChannelChoice choice;
    @Autowired
    ChannelChoiceSettings choiceSettings;
    @Autowired
    DeliveryLog log;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    DeliveryAttemptRepository attempts;
    @Autowired
    InboxMessageRepository inbox;
    @Autowired
    InboxSender inboxSender;
    @Autowired
    TestPeople testPeople;
    @Autowired
    Clock clock;
    @Autowired
    DecisionService decisions;

    private String userId;
    private long exceptionId;

    @BeforeEach
    void setUp() {
        userId = testPeople.newUser("跟单");
        people.updateContact(new ContactDetails(userId, "王丽", "13800138000", userId + "@example.com", null,
                "WangLi", null, InstantMessenger.WECOM));
        exceptionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        weComGivesTokens();
    }

    private static void weComGivesTokens() {
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"access_token\":\"token-1\",\"expires_in\":7200}")));
    }

    @Test
    void aProviderFailingTwiceThenTakingTheMessageSendsItOnceAfterThreeAttempts() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("failed once"));
        wecom.stubFor(post(urlPathEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}")).willSetStateTo("failed twice"));
        wecom.stubFor(post(urlPathEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-1\"}")));

        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));

        wecom.verify(3, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(log()).extracting(NotificationDelivery::getChannel, NotificationDelivery::getStatus,
                NotificationDelivery::getAttempts, NotificationDelivery::getProviderMessageId).containsExactlyInAnyOrder(
                tuple(Channel.INBOX, DeliveryStatus.SENT, 1, inboxMessageId()),
                tuple(Channel.WECOM, DeliveryStatus.SENT, 3, "msg-1"));
        List<DeliveryAttempt> weComAttempts = attemptsOn(Channel.WECOM);
        assertThat(weComAttempts).extracting(DeliveryAttempt::getAttemptNo, DeliveryAttempt::getStatus,
                DeliveryAttempt::getProviderMessageId).containsExactly(
                tuple(1, DeliveryStatus.FAILED, null),
                tuple(2, DeliveryStatus.FAILED, null),
                tuple(3, DeliveryStatus.SENT, "msg-1"));
        assertThat(weComAttempts.get(0).getError()).contains("502");
        assertThat(weComAttempts.get(1).getError()).contains("system busy");
        assertThat(weComAttempts.get(2).getError()).isNull();
        assertThat(attemptsOn(Channel.INBOX)).extracting(DeliveryAttempt::getAttemptNo, DeliveryAttempt::getStatus)
                .containsExactly(tuple(1, DeliveryStatus.SENT));
    }

    @Test
    void afterARestartTheAttemptsGoOnCountingAndWhatWasSentIsNotSentAgain() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));

        wecom.resetMappings();
        weComGivesTokens();
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"errcode\":0,\"msgid\":\"msg-9\"}")));
        // the application after a restart, twice: a new notifier over the same log each time
        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));
        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));

        wecom.verify(3 + 1, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(attemptsOn(Channel.WECOM)).extracting(DeliveryAttempt::getAttemptNo, DeliveryAttempt::getStatus,
                DeliveryAttempt::getProviderMessageId).containsExactly(
                tuple(1, DeliveryStatus.FAILED, null),
                tuple(2, DeliveryStatus.FAILED, null),
                tuple(3, DeliveryStatus.FAILED, null),
                tuple(4, DeliveryStatus.SENT, "msg-9"));
        assertThat(deliveries.find(key(Channel.WECOM)).orElseThrow().getAttempts()).isEqualTo(4);
        assertThat(attemptsOn(Channel.INBOX)).hasSize(1);
    }

    /**
     * Time-outs far above a stand-in's answer time: these tests count attempts, and on a busy machine a 2-second
     * read time-out turned a slow answer into an extra failed attempt.
     */
    private static final Duration PATIENT_CONNECT = Duration.ofSeconds(5);
    private static final Duration PATIENT_READ = Duration.ofSeconds(15);

    /** The operator's counters, new for each test. */
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private double count(String name, Channel channel) {
        return metrics.counter(name, "channel", channel.name(), "grade", "P2").count();
    }

    @Test
    void aProviderThatIsDownFallsBackToTheNextChannelThePersonCanBeReachedOn() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));

        notifier(weCom(URI.create(wecom.baseUrl())), email(smtp.getSmtp().getPort())).send(alert("P2"));

        wecom.verify(3, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(log()).extracting(NotificationDelivery::getChannel, NotificationDelivery::getStatus,
                NotificationDelivery::getAttempts).containsExactlyInAnyOrder(
                tuple(Channel.INBOX, DeliveryStatus.SENT, 1),
                tuple(Channel.WECOM, DeliveryStatus.FAILED, 3),
                tuple(Channel.EMAIL, DeliveryStatus.SENT, 1));
        assertThat(deliveries.find(key(Channel.WECOM)).orElseThrow().getError()).contains("503");
        assertThat(count("threadline.alerts.send.failures", Channel.WECOM)).isEqualTo(3);
        assertThat(count("threadline.alerts.fallbacks", Channel.EMAIL)).isEqualTo(1);
        assertThat(count("threadline.alerts.sent", Channel.EMAIL)).isEqualTo(1);
        assertThat(count("threadline.alerts.sent", Channel.INBOX)).isEqualTo(1);
        assertThat(count("threadline.alerts.sent", Channel.WECOM)).isZero();
    }

    @Test
    void atQuietHoursARoutineAlertWhoseImIsDownFallsBackToEmailButNeverTextsOrRings() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"biz-1\",\"RequestId\":\"R1\"}")));
        ChannelSender[] down = {weCom(URI.create(wecom.baseUrl())), sms(), email(smtp.getSmtp().getPort())};

        notifier(choiceAt("23:00"), down).send(alert("P2"));

        aliyun.verify(0, postRequestedFor(urlPathEqualTo("/")));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(log()).extracting(NotificationDelivery::getChannel).containsExactlyInAnyOrder(Channel.INBOX,
                Channel.WECOM, Channel.EMAIL);
    }

    @Test
    void byDayARoutineAlertWhoseImIsDownFallsBackToSms() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson(
                "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"biz-1\",\"RequestId\":\"R1\"}")));

        notifier(choiceAt("10:00"), weCom(URI.create(wecom.baseUrl())), sms(), email(smtp.getSmtp().getPort()))
                .send(alert("P2"));

        aliyun.verify(1, postRequestedFor(urlPathEqualTo("/")));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(deliveries.find(key(Channel.SMS)).orElseThrow().getProviderMessageId()).isEqualTo("biz-1");
    }

    @Test
    void anUrgentAlertNoRemoteChannelTookFailsAndEveryAttemptStaysInTheLog() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
        ChannelNotifier notifier = notifier(weCom(URI.create(wecom.baseUrl())), email(closedPort()));

        UndeliveredAlert failure = catchThrowableOfType(UndeliveredAlert.class, () -> notifier.send(alert("P1")));

        assertThat(failure).hasMessageContaining("reached " + userId + " only in the app")
                .hasMessageContaining("WECOM").hasMessageContaining("EMAIL");
        assertThat(log()).filteredOn(NotificationDelivery::isSent).extracting(NotificationDelivery::getChannel)
                .containsExactly(Channel.INBOX);
        assertThat(deliveries.find(key(Channel.WECOM)).orElseThrow().getAttempts()).isEqualTo(3);
        assertThat(deliveries.find(key(Channel.EMAIL)).orElseThrow().getAttempts()).isEqualTo(3);
        assertThat(deliveries.find(key(Channel.SMS)).orElseThrow())
                .extracting(NotificationDelivery::getStatus, NotificationDelivery::getAttempts,
                        NotificationDelivery::getError)
                .containsExactly(DeliveryStatus.FAILED, 0, "SMS is not configured");
        assertThat(attemptsOn(Channel.EMAIL)).extracting(DeliveryAttempt::getAttemptNo, DeliveryAttempt::getStatus)
                .containsExactly(tuple(1, DeliveryStatus.FAILED), tuple(2, DeliveryStatus.FAILED),
                        tuple(3, DeliveryStatus.FAILED));
        assertThat(attemptsOn(Channel.SMS)).as("no call, no attempt").isEmpty();
    }

    @Test
    void anAlertSentAgainForTheSameRoundCallsNoProviderAgain() {
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"errcode\":0,\"msgid\":\"msg-7\"}")));
        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));

        // a re-executed job, or the application after a restart: a new notifier over the same log
        notifier(weCom(URI.create(wecom.baseUrl()))).send(alert("P2"));

        wecom.verify(1, postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId)).hasSize(1);
        assertThat(log()).extracting(NotificationDelivery::getChannel, NotificationDelivery::getAttempts)
                .containsExactlyInAnyOrder(tuple(Channel.INBOX, 1), tuple(Channel.WECOM, 1));
    }

    private ChannelNotifier notifier(ChannelSender... remote) {
        return notifier(choice, remote);
    }

    private ChannelNotifier notifier(ChannelChoice choosing, ChannelSender... remote) {
        List<ChannelSender> senders = new ArrayList<>(List.of(remote));
        senders.add(inboxSender);
        return new ChannelNotifier(new ChannelDelivery(senders, log, clock, new AlertMetrics(metrics)), choosing,
                new VoiceCap(deliveries, 1, clock));
    }

    /** The company's choice of channels, at {@code time} in Shanghai (quiet hours 22:00-07:00). */
    private ChannelChoice choiceAt(String time) {
        Instant at = LocalDate.of(2026, 11, 23).atTime(LocalTime.parse(time)).atZone(clock.getZone()).toInstant();
        return new ChannelChoice(decisions, people, choiceSettings, Clock.fixed(at, clock.getZone()));
    }

    private Notification alert(String priority) {
        return new Notification(userId, exceptionId, 1, priority, "[" + priority + "] 交期延误 TL-0042",
                "订单 TL-0042 预计晚 6 天", "http://localhost:8080/exceptions/" + exceptionId);
    }

    private DeliveryKey key(Channel channel) {
        return new DeliveryKey(exceptionId, 1, userId, channel);
    }

    private List<DeliveryAttempt> attemptsOn(Channel channel) {
        return attempts.ofDeliveries(List.of(deliveries.find(key(channel)).orElseThrow().getId()));
    }

    private List<NotificationDelivery> log() {
        return deliveries.findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(exceptionId);
    }

    private String inboxMessageId() {
        return String.valueOf(inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exceptionId).get(0).getId());
    }

    private WeComSender weCom(URI baseUrl) {
        return new WeComSender(new WeComSettings(baseUrl, "ww-corp", "secret", 1000002L, PATIENT_CONNECT,
                PATIENT_READ), new ObjectMapper(), clock);
    }

    private AliyunSmsSender sms() {
        return new AliyunSmsSender(new AliyunSmsSettings(URI.create(aliyun.baseUrl()), "LTAI-test-key",
                "test-key-secret", "线迹科技", "SMS_480215001", PATIENT_CONNECT, PATIENT_READ));
    }

    private static EmailSender email(int port) {
        return new EmailSender(new EmailSettings("localhost", port, null, null, "Threadline <alerts@threadline.test>",
                false, false, PATIENT_CONNECT, PATIENT_READ));
    }

    private static int closedPort() {
        return DownChannels.closedPort().getPort();
    }
}
