package com.threadline.exception;

import static com.threadline.exception.ExceptionsUnderTest.MERCHANDISER;
import static com.threadline.exception.ExceptionsUnderTest.PURCHASER;
import static com.threadline.exception.ExceptionsUnderTest.expectOk;
import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;

/** GET /api/exceptions/{id}/review, review.html and review.pdf: the review report (复盘报告) of a closed exception. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewReportApiTest {

    private static final String ROOT_CAUSE = "染厂色牢度不达标 dye lot <script>alert('x')</script> & \"rejected\"";

    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    private ApiClient api;
    private ExceptionsUnderTest exceptions;
    private String orderNo;

    @BeforeEach
    void setUp() {
        rest = TestLogins.asAdmin(rest);
        api = new ApiClient(rest, json);
        exceptions = fixtures.using(api);
        orderNo = exceptions.newOrder();
    }

    @Test
    void theReportTellsWhatHappenedWhenByWhomAndAgainstWhichDeadlines() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        exceptions.handleAndClose(id, ROOT_CAUSE);

        Response response = api.get("/api/exceptions/{id}/review", id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.body();
        JsonNode header = report.path("header");
        assertThat(header.path("exceptionId").asLong()).isEqualTo(id);
        assertThat(header.path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(header.path("customer").asText()).isEqualTo("Nordic Outdoor AB");
        assertThat(header.path("type").asText()).isEqualTo("MATERIAL_DELAY");
        assertThat(header.path("typeLabel").asText()).isEqualTo("面辅料延误");
        assertThat(header.path("subject").asText()).isEqualTo("LINE-1");
        assertThat(header.path("priority").asText()).isEqualTo("P1");
        assertThat(header.path("stage").asText()).isEqualTo("MATERIALS");
        assertThat(header.path("factoryCode").asText()).isEqualTo(TestData.FACTORY);
        assertThat(header.path("factoryName").asText()).isEqualTo("测试制衣厂");
        assertThat(header.path("supplierCode").asText()).isEqualTo(TestData.FABRIC_SUPPLIER);
        assertThat(header.path("supplierName").asText()).isEqualTo("测试面料厂");
        assertThat(header.path("closedBy").asText()).isEqualTo(MERCHANDISER);

        List<String> kinds = texts(report.path("timeline"), "kind");
        assertThat(kinds).containsSubsequence("DETECTED", "GRADED", "NOTIFIED", "READ", "CONFIRMED",
                "PLAN_SUBMITTED", "ACTION", "VERIFIED_RESOLVED", "CLOSED");
        JsonNode read = stream(report.path("timeline")).filter(s -> s.path("kind").asText().equals("READ"))
                .findFirst().orElseThrow();
        assertThat(read.path("actor").asText()).isEqualTo(PURCHASER);
        assertThat(read.path("label").asText()).isEqualTo("已读 Read");
        JsonNode confirmed = stream(report.path("timeline")).filter(s -> s.path("kind").asText().equals("CONFIRMED"))
                .findFirst().orElseThrow();
        assertThat(confirmed.path("actor").asText()).isEqualTo(PURCHASER);
        assertThat(texts(report.path("timeline"), "at").stream().map(Instant::parse).toList()).isSorted();

        // The purchaser read the alert by confirming; the merchandiser never opened it.
        JsonNode purchaser = reader(report, PURCHASER);
        assertThat(purchaser.path("readAt").isTextual()).isTrue();
        assertThat(purchaser.path("minutesToRead").asLong()).isZero();
        assertThat(reader(report, MERCHANDISER).has("readAt")).isFalse();

        JsonNode responseTime = report.path("response");
        assertThat(responseTime.path("allowedMinutes").asLong()).isEqualTo(30);
        assertThat(responseTime.path("takenMinutes").asLong()).isZero();
        assertThat(responseTime.path("doneBy").asText()).isEqualTo(PURCHASER);
        assertThat(responseTime.path("met").asBoolean()).isTrue();
        assertThat(responseTime.has("missedByMinutes")).isFalse();
        JsonNode planTime = report.path("plan");
        assertThat(planTime.path("allowedMinutes").asLong()).isEqualTo(240);
        assertThat(planTime.path("met").asBoolean()).isTrue();

        JsonNode measures = report.path("measures");
        assertThat(measures.path("solutionPlan").asText()).isEqualTo("air-freight half the fabric");
        assertThat(texts(measures.path("actions"), "kind")).containsExactly("SWITCH_LOGISTICS");
        assertThat(measures.path("summary").asText()).isEqualTo("air freight, second mill booked");

        JsonNode impact = report.path("deliveryImpact");
        JsonNode order = api.order(orderNo).body();
        assertThat(impact.path("deliveryImpactDays").asInt()).isEqualTo(2);
        assertThat(impact.path("observedDelayDays").asInt()).isEqualTo(3);
        assertThat(impact.path("orderDueDate").asText()).isEqualTo(order.path("dueDate").asText());
        assertThat(impact.path("forecastDeliveryDate").asText()).isEqualTo(order.path("forecastDeliveryDate").asText());
        assertThat(impact.path("orderDelayDays").asInt()).isEqualTo(order.path("delayDays").asInt());
        assertThat(impact.path("orderStatus").asText()).isEqualTo("OPEN");

        assertThat(report.path("rootCause").asText()).isEqualTo(ROOT_CAUSE);
        assertThat(report.path("lessonsLearned").asText()).isEqualTo("book two mills for key fabrics");
    }

    @Test
    void aLateConfirmationIsReportedAsMissedByHowLong() {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        exceptions.handleAndClose(id, "late mill");
        Instant detected = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(3, ChronoUnit.HOURS);
        exceptions.rewriteTimes(id, detected, 45, 200);

        JsonNode report = api.get("/api/exceptions/{id}/review", id).body();

        JsonNode response = report.path("response");
        assertThat(response.path("dueAt").asText()).isEqualTo(detected.plus(30, ChronoUnit.MINUTES).toString());
        assertThat(response.path("takenMinutes").asLong()).isEqualTo(45);
        assertThat(response.path("met").asBoolean()).isFalse();
        assertThat(response.path("missedByMinutes").asLong()).isEqualTo(15);
        assertThat(report.path("plan").path("takenMinutes").asLong()).isEqualTo(200);
    }

    @Test
    void thePageShowsTheReportWithEveryValueEscaped() throws Exception {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        exceptions.handleAndClose(id, ROOT_CAUSE);

        ResponseEntity<byte[]> response = fetch("/api/exceptions/{id}/review.html", MediaType.TEXT_HTML, id);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        String html = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(html).contains("<meta charset=\"utf-8\"/>", orderNo, "异常复盘报告", "Exception review report",
                "面辅料延误", "测试制衣厂", "染厂色牢度不达标");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp; &quot;rejected&quot;");
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.getBody()));
        assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void thePdfIsAnAttachmentWithTheReportInChinese() throws Exception {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        exceptions.handleAndClose(id, ROOT_CAUSE);

        ResponseEntity<byte[]> response = fetch("/api/exceptions/{id}/review.pdf", MediaType.APPLICATION_PDF, id);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        ContentDisposition disposition = response.getHeaders().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("review-" + id + ".pdf");
        byte[] pdf = response.getBody();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(orderNo, "Exception review report", "<script>alert('x')</script>");
            assertThat(text).as("Chinese text, drawn with the embedded CJK font").contains("异常复盘报告", "面辅料延误");
        }
    }

    @ParameterizedTest
    @CsvSource({"review, application/json", "review.html, text/html", "review.pdf, application/pdf"})
    void anExceptionStillBeingHandledHasNoReportYet(String report, String accept) {
        long id = exceptions.open(exceptions.materialDelay(orderNo, 3));
        expectOk(exceptions.confirm(id, PURCHASER));

        ResponseEntity<String> response = rest.exchange("/api/exceptions/{id}/" + report, HttpMethod.GET,
                new HttpEntity<>(accepting(MediaType.parseMediaType(accept))), String.class, id);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).contains("not closed yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review", "review.html", "review.pdf"})
    void anUnknownExceptionHasNoReport(String report) {
        ResponseEntity<String> response = rest.exchange("/api/exceptions/{id}/" + report, HttpMethod.GET,
                new HttpEntity<>(accepting(MediaType.ALL)), String.class, Long.MAX_VALUE);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    private ResponseEntity<byte[]> fetch(String uri, MediaType accept, Object... variables) {
        return rest.exchange(uri, HttpMethod.GET, new HttpEntity<>(accepting(accept)), byte[].class, variables);
    }

    private static HttpHeaders accepting(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(type));
        return headers;
    }

    private static JsonNode reader(JsonNode report, String recipient) {
        return stream(report.path("readers")).filter(r -> r.path("recipient").asText().equals(recipient))
                .findFirst().orElseThrow(() -> new AssertionError("no reader " + recipient + " in " + report));
    }
}
