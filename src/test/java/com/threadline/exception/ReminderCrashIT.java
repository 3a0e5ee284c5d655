package com.threadline.exception;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.threadline.TestData;
import com.threadline.exception.LoopUnderTest.Loop;
import com.threadline.notification.NotificationDelivery;
import com.threadline.notification.NotificationDeliveryRepository;
import com.threadline.notification.channel.Channel;
import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import com.threadline.roster.DutyRoster;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reminder job that reached the provider and died before its transaction committed (as under kill -9): its
 * retry resumes the same round and sends only what is missing. WeCom is a WireMock stand-in.
 */
@SpringBootTest
class ReminderCrashIT {

    private static final String SEND = "/cgi-bin/message/send";

    @RegisterExtension
    static WireMockExtension wecom = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void wecomStandIn(DynamicPropertyRegistry properties) {
        // settings of its own make a context of its own, and two Camunda engines cannot share a JVM's platform
        // registry: as an *IT, failsafe runs this class in a JVM of its own after the suite
        properties.add("threadline.notification.channels.wecom.base-url", wecom::baseUrl);
        properties.add("threadline.notification.channels.wecom.corp-id", () -> "ww-test");
        properties.add("threadline.notification.channels.wecom.corp-secret", () -> "secret");
        properties.add("threadline.notification.channels.wecom.agent-id", () -> "1000002");
    }

    @Autowired
    LoopUnderTest loops;
    @Autowired
    ManagementService management;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    People people;
    @Autowired
    TestData data;
    @Autowired
    DutyRoster roster;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReminderRetriedAfterACrashBetweenSendAndCommitResumesItsRoundAndSendsNothingTwice() {
        wecom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t-1\",\"expires_in\":7200}")));
        wecom.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"msg-1\"}")));
        data.ensureRoleUsers();
        // everyone the alert reaches: on MySQL this JVM shares the database the suite left its users in
        List<String> onDuty = roster.onDuty(List.of("purchaser", "merchandiser"), LocalDate.now(clock));
        for (String person : onDuty) {
            people.updateContact(new ContactDetails(person, person, null, null, null, "wc-" + person, null,
                    InstantMessenger.WECOM));
        }
        Loop loop = loops.open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        wecom.resetRequests();
        loop.at(15);
        loop.execute("Timer_Unread15Min");
        String reminder = loop.jobOf("Task_RemindUnread").getId();

        new TransactionTemplate(transactions).executeWithoutResult(crash -> {
            management.executeJob(reminder);
            crash.setRollbackOnly();
        });
        wecom.verify(onDuty.size(), postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(loop.recipientsOf(2)).as("the inbox rolled back with the job").isEmpty();
        assertThat(management.createJobQuery().jobId(reminder).singleResult()).as("the job is still there").isNotNull();

        management.executeJob(reminder);

        wecom.verify(onDuty.size(), postRequestedFor(urlPathEqualTo(SEND)));
        assertThat(loop.recipientsOf(2)).containsExactlyInAnyOrderElementsOf(onDuty)
                .contains(userOf("purchaser"), userOf("merchandiser"));
        assertThat(deliveries.findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(loop.exception.getId()))
                .filteredOn(d -> d.getRound() > 1)
                .extracting(NotificationDelivery::getRound, NotificationDelivery::getChannel,
                        NotificationDelivery::getAttempts)
                .containsOnly(tuple(2, Channel.WECOM, 1), tuple(2, Channel.INBOX, 1), tuple(2, Channel.SMS, 0));
    }
}
