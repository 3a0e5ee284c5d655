package com.threadline.exception;

import static com.threadline.exception.ExceptionsUnderTest.MERCHANDISER;
import static com.threadline.exception.ExceptionsUnderTest.PURCHASER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.notification.InboxMessage;
import com.threadline.notification.InboxMessageRepository;
import com.threadline.notification.NotificationDelivery;
import com.threadline.notification.NotificationDeliveryRepository;
import com.threadline.notification.ReadVia;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The page an alert's link opens, over HTTP as its script calls it: the page itself, the exception it shows, the
 * LINK read receipt it records, and the one-click confirm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertPageTest {

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    InboxMessageRepository inbox;
    @Autowired
    NotificationDeliveryRepository deliveries;

    private ApiClient api;
    private long id;

    @BeforeEach
    void openAndNotify() {
        api = new ApiClient(rest, json);
        ExceptionsUnderTest exceptions = fixtures.using(api);
        id = exceptions.open(exceptions.materialDelay(exceptions.newOrder(), 3));
    }

    @Test
    void everyAlertLinksToThePageOfItsException() {
        InboxMessage alert = inbox.findByExceptionIdAndRecipientAndRound(id, PURCHASER, 1).orElseThrow();

        URI link = URI.create(alert.getLink());

        assertThat(link.getPath()).isEqualTo("/exceptions/" + id);
        assertThat(link.getQuery()).isNull();
        ResponseEntity<String> page = rest.withBasicAuth(PURCHASER, TestData.PASSWORD)
                .getForEntity(link.getPath(), String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("确认处理", "name=\"viewport\"", "/js/alert.js", "id=\"inbox-badge\"",
                "id=\"alert-response\"");
    }

    @Test
    void openingThePageIsAReadReceiptOnEveryDeliveryOfTheAlertToThatPerson() {
        Response opened = api.as(PURCHASER).post("/api/exceptions/{id}/opened", null, id);

        assertThat(opened.status()).as(opened.toString()).isEqualTo(204);
        assertThat(deliveriesOf(PURCHASER)).isNotEmpty().allSatisfy(delivery -> {
            assertThat(delivery.getReadVia()).as(delivery.getChannel().name())
                    .isEqualTo(delivery.isSent() ? ReadVia.LINK : null);
            assertThat(delivery.getReadAt() != null).isEqualTo(delivery.isSent());
        });
        assertThat(deliveriesOf(MERCHANDISER)).extracting(NotificationDelivery::getReadAt).containsOnlyNulls();
        assertThat(inbox.findByExceptionIdAndRecipientAndRound(id, PURCHASER, 1).orElseThrow().getReadAt()).isNotNull();
    }

    @Test
    void theFirstReceiptStaysWhenThePersonOpensTheLinkAfterReadingTheInbox() {
        InboxMessage alert = inbox.findByExceptionIdAndRecipientAndRound(id, PURCHASER, 1).orElseThrow();
        api.as(PURCHASER).post("/api/inbox/{messageId}/read", null, alert.getId());

        api.as(PURCHASER).post("/api/exceptions/{id}/opened", null, id);

        assertThat(deliveriesOf(PURCHASER)).filteredOn(NotificationDelivery::isSent)
                .extracting(NotificationDelivery::getReadVia).containsOnly(ReadVia.IN_APP);
    }

    @Test
    void thePageConfirmsHandlingInOneClick() {
        ApiClient merchandiser = api.as(MERCHANDISER);
        merchandiser.post("/api/exceptions/{id}/opened", null, id);

        Response confirmed = merchandiser.post("/api/exceptions/{id}/confirm", api.object(), id);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("summary").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.body().path("confirmedBy").asText()).isEqualTo(MERCHANDISER);
        Response again = api.as(PURCHASER).post("/api/exceptions/{id}/confirm", api.object(), id);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void thePageShowsWhatIsLateByHowMuchItsGradeDeadlineAndStatus() {
        Response detail = api.get("/api/exceptions/{id}", id);

        JsonNode summary = detail.body().path("summary");
        assertThat(summary.path("orderNo").asText()).isNotBlank();
        assertThat(summary.path("typeLabel").asText()).isEqualTo("面辅料延误");
        assertThat(summary.path("delayDays").asInt()).isEqualTo(3);
        assertThat(summary.path("priority").asText()).isEqualTo("P1");
        assertThat(summary.path("status").asText()).isEqualTo("OPEN");
        assertThat(summary.path("responseDueAt").isTextual()).isTrue();
    }

    @Test
    void aReceiptNeedsASignedInReaderAndAnExistingException() {
        Response noReader = api.anonymous().post("/api/exceptions/{id}/opened", null, id);
        Response unknown = api.as(PURCHASER).post("/api/exceptions/{id}/opened", null, Long.MAX_VALUE);

        assertThat(noReader.status()).as(noReader.toString()).isEqualTo(401);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(deliveriesOf(PURCHASER)).extracting(NotificationDelivery::getReadAt).containsOnlyNulls();
    }

    @Test
    void theHandlingStepsAreOfferedToTheRolesTheExceptionIsWithAndNotToOthers() {
        assertThat(page(PURCHASER)).contains("data-may-handle=\"true\"");
        assertThat(page(TestData.userOf("tech"))).contains("data-may-handle=\"false\"");
    }

    @Test
    void theOldAddressOfThePageLeadsToTheInboxPage() {
        ResponseEntity<String> old = rest.withBasicAuth(PURCHASER, TestData.PASSWORD).getForEntity("/alert.html",
                String.class);

        assertThat(old.getStatusCode().value()).isEqualTo(200);
        assertThat(old.getBody()).contains("/js/inbox.js");
    }

    @Test
    void theDetailNamesPeopleAndItsTimelineIsChinese() {
        api.as(MERCHANDISER).post("/api/exceptions/{id}/confirm", api.object(), id);

        JsonNode detail = api.get("/api/exceptions/{id}", id).body();

        assertThat(detail.path("names").path(MERCHANDISER).asText()).isNotBlank().isNotEqualTo(MERCHANDISER);
        assertThat(ApiClient.texts(detail.path("timeline"), "detail")).anySatisfy(text ->
                assertThat(text).matches("定为 P1，由.+处理"));
        assertThat(ApiClient.texts(detail.path("timeline"), "detail")).noneMatch(text ->
                text.matches(".*\\b(round|escalated|notified|days|Order)\\b.*"));
    }

    private String page(String login) {
        ResponseEntity<String> page = rest.withBasicAuth(login, TestData.PASSWORD).getForEntity("/exceptions/" + id,
                String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        return page.getBody();
    }

    @Test
    void onlyNumericExceptionIdsArePages() {
        assertThat(rest.withBasicAuth(PURCHASER, TestData.PASSWORD).getForEntity("/exceptions/abc", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private List<NotificationDelivery> deliveriesOf(String user) {
        return deliveries.findTop200ByExceptionIdAndRecipientOrderByLastAttemptAtDescIdDesc(id, user);
    }
}
