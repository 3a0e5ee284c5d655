package com.threadline.web;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.texts;
import static com.threadline.web.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.TestLogins;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input the API used to store wrongly or answer 500 (issue 11, items 4 to 6): far dates, emoji and other 4-byte
 * characters, broken multipart bodies, loose types, NUL and unpaired surrogates, 1900-01-01. Each is a 400 problem
 * naming the field and stores nothing; and every other error the server gives is problem JSON too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @LocalServerPort
    int port;

    private ApiClient api;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        today = testData.today();
    }

    private String openOrder() {
        String orderNo = TestData.uniqueOrderNo();
        assertThat(api.createOrder(testData.orderRequest(orderNo)).status()).isEqualTo(201);
        return orderNo;
    }

    private ObjectNode orderBody(String orderNo) {
        return api.tree(testData.orderRequest(orderNo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "+999999999-12-31", "1900-01-01"})
    void aDueDateOutsideTenYearsOfTodayOpensNoOrder(String date) {
        String orderNo = TestData.uniqueOrderNo();
        ObjectNode body = orderBody(orderNo).put("dueDate", date);

        Response refused = api.createOrder(body);

        assertInvalid(refused, "dueDate");
        assertThat(refused.errorReason("dueDate").orElseThrow())
                .isEqualTo("must be between " + today.minusYears(10) + " and " + today.plusYears(10));
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @Test
    void theWindowsEdgesAreStillAccepted() {
        String orderNo = TestData.uniqueOrderNo();

        Response created = api.createOrder(orderBody(orderNo).put("dueDate", today.plusYears(10).toString()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void anExpectedDateFarAheadLeavesTheForecastAsItWas() {
        String orderNo = openOrder();
        JsonNode before = api.order(orderNo).body();
        String code = before.path("milestones").path(3).path("code").asText();

        Response refused = api.forecast(orderNo, code, Map.of("expectedDate", "+999999999-12-31",
                "reason", "typo"));

        assertInvalid(refused, "expectedDate");
        assertThat(api.order(orderNo).body().path("milestones")).isEqualTo(before.path("milestones"));
    }

    @Test
    void logisticsAndTechPackTimesFarAheadAreNotStored() {
        String orderNo = openOrder();

        assertInvalid(api.post("/api/orders/{no}/logistics", Map.of("kind", "ETD",
                "expectedAt", "9999-12-31T18:00:00+08:00", "reportedBy", "merch"), orderNo), "expectedAt");
        assertInvalid(api.post("/api/orders/{no}/logistics", Map.of("kind", "ETD",
                "actualAt", "+999999999-12-31T00:00:00Z", "reportedBy", "merch"), orderNo), "actualAt");
        assertInvalid(api.post("/api/orders/{no}/tech-pack-versions", Map.of("version", "V9",
                "changedAt", "9999-12-31T09:30:00+08:00", "reportedBy", "tech"), orderNo), "changedAt");

        assertThat(api.get("/api/orders/{no}/logistics", orderNo).body()).isEmpty();
        assertThat(api.get("/api/orders/{no}/tech-pack-versions", orderNo).body()).isEmpty();
    }

    @Test
    void aFarDateInAQueryIsRefusedByName() {
        assertInvalid(api.get("/api/orders?dueFrom=9999-12-31"), "dueFrom");
    }

    @Test
    void theOpenApiDocumentStatesTheWindow() {
        JsonNode docs = api.get("/v3/api-docs").body();

        JsonNode dueDate = docs.path("components").path("schemas").path("CreateOrderRequest")
                .path("properties").path("dueDate");
        assertThat(dueDate.path("x-earliest").asText()).isEqualTo(today.minusYears(10).toString());
        assertThat(dueDate.path("x-latest").asText()).isEqualTo(today.plusYears(10).toString());
        assertThat(docs.path("info").path("description").asText()).contains("within 10 years of today",
                "application/problem+json");
    }

    @Test
    void anEmojiInALoginADisplayNameOrAPasswordCreatesNoUser() {
        String login = "temoji" + System.nanoTime() % 100000;
        Map<String, Object> user = Map.of("login", login, "displayName", "王小明", "password", "secret-1",
                "roles", List.of("qc"));

        assertInvalid(api.post("/api/users", with(user, "login", login + "\ud83d\ude00")), "login");
        assertInvalid(api.post("/api/users", with(user, "displayName", "王小明\ud83d\ude00")), "displayName");
        assertInvalid(api.post("/api/users", with(user, "password", "secret-\ud83d\udd11")), "password");
        assertInvalid(api.post("/api/users", with(user, "displayName", "\ud842\udfb7\u4e00")), "displayName");

        assertThat(api.get("/api/users/{login}", login).status()).isEqualTo(404);
    }

    @Test
    void anEmojiInAnIdOpensNothing() {
        String orderNo = TestData.uniqueOrderNo();

        assertInvalid(api.createOrder(orderBody(orderNo + "\ud83d\ude00")), "orderNo");
        assertInvalid(api.post("/api/factories", Map.of("code", "F-\ud83d\ude00", "name", "表情工厂")), "code");
        assertInvalid(api.post("/api/orders/{no}/reports", Map.of("type", "CUTTING_DONE",
                "date", today.toString()), orderNo + "\ud83d\ude00"), "orderNo");

        assertThat(api.order(orderNo).status()).isEqualTo(404);
        assertThat(texts(api.get("/api/factories").body(), "name")).doesNotContain("表情工厂");
    }

    @Test
    void aBrokenMultipartBodyIs400AndStoresNoEvidence() throws Exception {
        String orderNo = openOrder();
        String body = "--b\r\nContent-Disposition: form-data; name=\"orderNo\"\r\n\r\n" + orderNo
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8 and then the stream ends";

        HttpResponse<String> refused = raw("POST", "/api/evidence", "multipart/form-data; boundary=b", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertIsProblem(refused);
        assertThat(json.readTree(refused.body()).path("title").asText()).isEqualTo("Malformed request body");
        assertThat(api.get("/api/evidence?orderNo={no}", orderNo).body()).isEmpty();
    }

    @Test
    void anUploadOverTheLimitIs413ProblemJson() throws Exception {
        String orderNo = openOrder();
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"orderNo\"\r\n\r\n" + orderNo
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 52 * 1024 * 1024);

        HttpResponse<String> refused = send(request("POST", "/api/evidence", "multipart/form-data; boundary=b", null)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertIsProblem(refused);
        assertThat(api.get("/api/evidence?orderNo={no}", orderNo).body()).isEmpty();
    }

    @Test
    void partHeadersOverTheLimitAre413ProblemJson() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "x".repeat(12_000)
                + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\nxx\r\n--b--\r\n";

        HttpResponse<String> refused = raw("POST", "/api/evidence", "multipart/form-data; boundary=b", body);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertIsProblem(refused);
    }

    @Test
    void errorsNoHandlerSeesAreProblemJson() throws Exception {
        assertStatusAndProblem(raw("PATCH", "/api/orders", "application/json", "{}"), 405);
        assertStatusAndProblem(raw("POST", "/api/orders", "text/plain", "{}"), 415);
        assertStatusAndProblem(raw("POST", "/api/orders", "application/xml", "<order/>"), 415);
        assertStatusAndProblem(send(request("GET", "/api/orders", null, null).header("Accept", "image/png")), 406);
        assertStatusAndProblem(raw("GET", "/api/no-such-thing", null, null), 404);
        assertStatusAndProblem(raw("POST", "/api/orders/a%2Fb/cancel", "application/json", "{}"), 400);
        assertStatusAndProblem(raw("GET", "/api/orders/a%00b", null, null), 400);
        assertStatusAndProblem(raw("GET", "/api/orders/%ED%A0%80", null, null), 400);
        assertStatusAndProblem(send(HttpRequest.newBuilder(URI.create(base() + "/api/orders"))), 401);
    }

    @Test
    void anErrorNoOneHandledIs500ProblemJson() throws Exception {
        assertStatusAndProblem(raw("GET", "/error", null, null), 500);
    }

    @Test
    void aBrowserOnAPageGetsTheChineseErrorPage() throws Exception {
        HttpResponse<String> page = send(request("GET", "/no-such-page", null, null)
                .header("Accept", "text/html"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("页面不存在");
    }

    @Test
    void aBrowserOnTheApiStillGetsProblemJson() throws Exception {
        assertStatusAndProblem(send(request("GET", "/api/no-such-thing", null, null)
                .header("Accept", "text/html")), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.0001", "1200.5", "\"1200\"", "99999999999999999999", "true"})
    void aQuantityThatIsNoWholeNumberOpensNoOrder(String quantity) {
        String orderNo = TestData.uniqueOrderNo();
        String body = orderBody(orderNo).put("quantity", 0).toString().replace("\"quantity\":0",
                "\"quantity\":" + quantity);

        assertInvalid(api.createOrder(body), "quantity");
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @Test
    void aBooleanAsTextChangesNoUser() {
        String login = "tloose" + System.nanoTime() % 100000;
        assertThat(api.post("/api/users", Map.of("login", login, "displayName", "李四", "password", "secret-1",
                "roles", List.of("qc"))).status()).isEqualTo(201);

        Response refused = api.put("/api/users/{login}", "{\"displayName\": \"李四改\", \"roles\": [\"qc\"],"
                + " \"enabled\": \"false\"}", login);

        assertInvalid(refused, "enabled");
        JsonNode user = api.get("/api/users/{login}", login).body();
        assertThat(user.path("displayName").asText()).isEqualTo("李四");
        assertThat(user.path("enabled").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W-JK\\u0000-2301", "W-JK-\\ud800", "W-JK-\\udc00x", "W-JK\\u001b[31m"})
    void aNulOrUnpairedSurrogateInATextOpensNoOrder(String style) {
        String orderNo = TestData.uniqueOrderNo();
        String body = orderBody(orderNo).put("style", "STYLE").toString().replace("STYLE", style);

        assertInvalid(api.createOrder(body), "style");
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @Test
    void tabsAndLineBreaksInATextAreKept() {
        String orderNo = openOrder();

        Response cancelled = api.cancel(orderNo, Map.of("reason", "客户取消\n第二行\t备注"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    @Test
    void aMilestoneActualDateOrFactoryReportOf1900IsNotRecorded() {
        String orderNo = openOrder();
        JsonNode before = api.order(orderNo).body();
        String code = before.path("milestones").path(0).path("code").asText();

        assertInvalid(api.recordActual(orderNo, code, Map.of("actualDate", "1900-01-01")), "actualDate");
        assertInvalid(api.report(orderNo, Map.of("type", "CUTTING_DONE", "date", "1900-01-01")), "date");
        assertInvalid(api.post("/api/orders/{no}/output", Map.of("reportDate", "1900-01-01", "stage", "CUTTING",
                "quantity", 10, "reportedBy", "merch"), orderNo), "reportDate");

        JsonNode after = api.order(orderNo).body();
        assertThat(milestone(after, code).path("actualDate").isMissingNode()
                || milestone(after, code).path("actualDate").isNull()).isTrue();
        assertThat(after.path("milestones")).isEqualTo(before.path("milestones"));
        assertThat(api.get("/api/orders/{no}/output", orderNo).body()).isEmpty();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpRequest.Builder request(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestLogins.ADMIN + ":" + TestLogins.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(method, path, contentType, body).header("Accept", "application/json"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertStatusAndProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertIsProblem(response);
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(status);
    }

    private static void assertIsProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.uri() + " " + response.body()).startsWith("application/problem+json");
    }
}
