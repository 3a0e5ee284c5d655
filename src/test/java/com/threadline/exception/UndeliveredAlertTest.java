package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.roster.DutyRoster;
import com.threadline.notification.DownChannels;
import com.threadline.notification.NotificationDelivery;
import com.threadline.notification.NotificationDeliveryRepository;
import com.threadline.notification.UndeliveredAlert;
import com.threadline.notification.channel.Channel;
import com.threadline.order.ApiClient;
import com.threadline.people.ContactDetails;
import com.threadline.people.InstantMessenger;
import com.threadline.people.People;
import com.threadline.people.TestPeople;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A P1 alert that reached its recipient only in the app, as the job that sends it runs: the job fails (to be
 * retried, then an incident), its inbox message rolls back with it, and yet the attempts stay in the delivery
 * log and the exception shows "undelivered".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UndeliveredAlertTest {

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    ApplicationContext beans;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderExceptionRepository repository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DutyRoster roster;
    @Autowired
    UndeliveredMarks marks;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    People people;
    @Autowired
    TestPeople testPeople;
    @Autowired
    Clock clock;

    @Test
    void anAlertThatReachedNoRemoteChannelFailsTheJobAndMarksTheExceptionUndelivered() {
        ApiClient api = new ApiClient(rest, json);
        ExceptionsUnderTest exceptions = fixtures.using(api);
        long id = exceptions.open(exceptions.materialDelay(exceptions.newOrder(), 3));
        String userId = testPeople.newUser("经理");
        people.updateContact(new ContactDetails(userId, "李经理", null, null, null, "LiJingLi", null,
                InstantMessenger.WECOM));
        ExceptionNotices notices = new ExceptionNotices(roster, DownChannels.notifier(beans), marks, clock,
                "http://localhost:8080");

        Throwable failure = catchThrowable(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> notices.notifyUsers(repository.require(id), List.of(userId), 2, "")));

        assertThat(failure).isInstanceOf(UndeliveredAlert.class).hasMessageContaining(userId);
        JsonNode detail = ExceptionsUnderTest.expectOk(api.get("/api/exceptions/{id}", id)).body();
        assertThat(detail.path("undelivered").asBoolean()).isTrue();
        assertThat(detail.path("timeline").findValuesAsText("kind")).contains("UNDELIVERED");
        List<NotificationDelivery> log = deliveries.findTop200ByExceptionIdAndRecipientOrderByLastAttemptAtDescIdDesc(
                id, userId);
        assertThat(log).noneMatch(NotificationDelivery::isSent)
                .extracting(NotificationDelivery::getChannel, NotificationDelivery::getAttempts)
                .contains(tuple(Channel.WECOM, 3))
                .as("the inbox message rolled back with the job, and is written again when it is retried")
                .noneMatch(row -> row.toList().contains(Channel.INBOX));
    }
}
