package com.threadline.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.portal.PortalApi;
import com.threadline.portal.SampleFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The buyer page's API as a buyer (and a stranger) calls it. No mail provider is set up in the tests, so the code
 * is read where the demo shows it, in the delivery log. Each test comes from an address of its own
 * (X-Forwarded-For), so the per-address limits of one do not touch another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BuyerApiTest {

    private static final Pattern CODE = Pattern.compile("code (\\d{6})");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    private ApiClient staff;
    private String address;
    private String email;
    private String orderNo;
    private String otherOrderNo;

    @BeforeEach
    void setUp() {
        staff = new ApiClient(rest, json);
        testData.ensureRoleUsers();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        address = "198.18." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
        email = "buyer-" + unique + "@example.com";
        orderNo = orderOf("Buyer " + unique);
        otherOrderNo = orderOf("Other " + unique);
        long customerId = jdbc.queryForObject("SELECT customer_id FROM orders WHERE order_no = ?", Long.class,
                orderNo);
        Response contact = staff.post("/api/customers/{id}/contacts",
                staff.object().put("name", "Anna").put("email", email), customerId);
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    }

    @Test
    void aCodeByEmailSignsInToTheCustomersOwnOrdersOnly() throws InterruptedException {
        String cookie = signIn(email, codeSentTo(email));

        JsonNode orders = get("/api/buyer/orders", cookie).body();
        assertThat(orders.path("orders")).extracting(o -> o.path("orderNo").asText()).containsExactly(orderNo);
        JsonNode order = orders.path("orders").get(0);
        assertThat(order.path("steps")).extracting(s -> s.path("code").asText()).containsExactly("ORDER_CONFIRMED",
                "PP_SAMPLE", "FABRIC_IN_HOUSE", "CUTTING_START", "SEWING_START", "FINAL_INSPECTION", "EX_FACTORY",
                "ETD", "ETA");
        assertThat(order.path("steps").get(0).path("nameZh").asText()).isEqualTo("订单确认");
        assertThat(order.path("status").asText()).isEqualTo("ON_TIME");
        assertThat(order.fieldNames()).toIterable().containsExactlyInAnyOrder("orderNo", "style", "quantity",
                "dueDate", "forecastDate", "state", "status", "steps", "photos");
        assertThat(orders.path("more").asBoolean()).isFalse();
        assertThat(order.toString()).doesNotContain(TestData.FACTORY, TestData.FABRIC_SUPPLIER, "merch", "owner");
        assertThat(get("/api/buyer/orders/{no}", cookie, orderNo).status()).isEqualTo(200);
        Response other = get("/api/buyer/orders/{no}", cookie, otherOrderNo);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.toString()).doesNotContain(otherOrderNo, "Other");
    }

    @Test
    void manyOrdersComeAPageAtATimeNewestDueDateFirst() throws InterruptedException {
        String customer = jdbc.queryForObject("SELECT c.name FROM customer c JOIN orders o ON o.customer_id = c.id "
                + "WHERE o.order_no = ?", String.class, orderNo);
        for (int i = 0; i < BuyerOrders.PAGE_SIZE; i++) {
            Response created = staff.createOrder(staff.tree(testData.orderRequest(TestData.uniqueOrderNo(),
                    java.time.LocalDate.now().plusDays(60 + 3 * i))).put("customer", customer));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        String cookie = signIn(email, codeSentTo(email));

        JsonNode first = get("/api/buyer/orders", cookie).body();
        JsonNode second = get("/api/buyer/orders?page=1", cookie).body();

        assertThat(first.path("orders")).hasSize(BuyerOrders.PAGE_SIZE);
        assertThat(first.path("more").asBoolean()).isTrue();
        assertThat(second.path("orders")).hasSize(1);
        assertThat(second.path("more").asBoolean()).isFalse();
        List<String> dueDates = new java.util.ArrayList<>();
        first.path("orders").forEach(o -> dueDates.add(o.path("dueDate").asText()));
        second.path("orders").forEach(o -> dueDates.add(o.path("dueDate").asText()));
        assertThat(dueDates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(get("/api/buyer/orders?page=-3", cookie).body().path("orders")).hasSize(BuyerOrders.PAGE_SIZE);
    }

    @Test
    void anUnknownContactIsAnsweredLikeAKnownOne() {
        Response known = post("/api/buyer/code", "{\"contact\":\"" + email + "\"}", null);
        Response unknown = post("/api/buyer/code", "{\"contact\":\"nobody-" + email + "\"}", null);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        Response wrongKnown = post("/api/buyer/session", "{\"contact\":\"" + email + "\",\"code\":\"000000\"}", null);
        Response wrongUnknown = post("/api/buyer/session", "{\"contact\":\"nobody-" + email
                + "\",\"code\":\"000000\"}", null);
        assertThat(wrongUnknown.status()).isEqualTo(wrongKnown.status()).isEqualTo(401);
        assertThat(wrongUnknown.body().path("detail")).isEqualTo(wrongKnown.body().path("detail"));
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightCode() throws InterruptedException {
        String code = codeSentTo(email);
        for (int i = 0; i < 5; i++) {
            String wrong = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
            assertThat(post("/api/buyer/session", signInBody(email, wrong), null).status()).isEqualTo(401);
        }

        assertThat(post("/api/buyer/session", signInBody(email, code), null).status()).isEqualTo(401);
    }

    @Test
    void aCodeIsUsedOnceAndNotAfterItExpired() throws InterruptedException {
        String code = codeSentTo(email);
        signIn(email, code);
        assertThat(post("/api/buyer/session", signInBody(email, code), null).status()).isEqualTo(401);

        String second = codeSentTo(email);
        jdbc.update("UPDATE buyer_code SET expires_at = ? WHERE code_hash IS NOT NULL AND used_at IS NULL "
                + "AND contact_id = (SELECT id FROM customer_contact WHERE email_key = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), email);
        assertThat(post("/api/buyer/session", signInBody(email, second), null).status()).isEqualTo(401);
    }

    @Test
    void oneClientAddressGetsItsLimitOfSendsAndTriesWhateverContactItNames() {
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/buyer/code", "{\"contact\":\"+1 555 " + i + email.hashCode() + "\"}", null)
                    .status()).isEqualTo(202);
        }
        Response refused = post("/api/buyer/code", "{\"contact\":\"" + email + "\"}", null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();

        for (int i = 0; i < 30; i++) {
            assertThat(post("/api/buyer/session", signInBody(i + email, "123456"), null).status()).isEqualTo(401);
        }
        assertThat(post("/api/buyer/session", signInBody(email, "123456"), null).status()).isEqualTo(429);
    }

    @Test
    void anOptedInContactIsEmailedOnceWhenAShownStepIsReached() throws InterruptedException {
        long contactId = jdbc.queryForObject("SELECT id FROM customer_contact WHERE email_key = ?", Long.class, email);
        long customerId = jdbc.queryForObject("SELECT customer_id FROM customer_contact WHERE id = ?", Long.class,
                contactId);
        staff.put("/api/customers/{id}/contacts/{contact}", staff.object().put("name", "Anna").put("email", email)
                .put("optIn", true), customerId, contactId);

        Response recorded = staff.recordActual(orderNo, "ORDER_CONFIRMED",
                staff.object().put("actualDate", testData.today().toString()));
        assertThat(recorded.status()).as(recorded.toString()).isLessThan(300);
        staff.recordActual(orderNo, "TECH_PACK", staff.object().put("actualDate", testData.today().toString()));

        for (int i = 0; i < 100 && emailsTo(contactId) == 0; i++) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        assertThat(emailsTo(contactId)).as("one email for the one shown step reached; none for the tech pack")
                .isEqualTo(1);
    }

    private int emailsTo(long contactId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery WHERE exception_id = 0 "
                + "AND recipient = ? AND channel = 'EMAIL'", Integer.class, "buyer-" + contactId);
    }

    @Test
    void theOrdersNeedASignIn() {
        assertThat(get("/api/buyer/orders", null).status()).isEqualTo(401);
        assertThat(get("/api/buyer/orders", "TL_BUYER=forged").status()).isEqualTo(401);
    }

    @Test
    void aShareLinkOpensItsOrderForItsVisitsThenAsksForTheCode() {
        Response link = staff.post("/api/orders/{no}/share-links", staff.object().put("hours", 24).put("visits", 1),
                orderNo);
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String path = link.body().path("url").asText().replaceFirst("^https?://[^/]+", "");

        HttpResponse<String> opened = open(path);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/buyer");
        String cookie = opened.headers().firstValue(HttpHeaders.SET_COOKIE).orElseThrow().split(";")[0];
        JsonNode orders = get("/api/buyer/orders", cookie).body();
        assertThat(orders.path("sharedOrder").asBoolean()).isTrue();
        assertThat(orders.path("orders")).extracting(o -> o.path("orderNo").asText()).containsExactly(orderNo);

        HttpResponse<String> again = open(path);
        assertThat(again.headers().firstValue(HttpHeaders.LOCATION)).hasValue("/buyer?link=ended");
        assertThat(again.headers().firstValue(HttpHeaders.SET_COOKIE)).isEmpty();
    }

    @Test
    void aRevokedLinkNoLongerOpens() {
        Response link = staff.post("/api/orders/{no}/share-links", staff.object(), orderNo);
        String path = link.body().path("url").asText().replaceFirst("^https?://[^/]+", "");

        Response revoked = staff.post("/api/orders/{no}/share-links/{id}/revoke", staff.object(), orderNo,
                link.body().path("id").asLong());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(open(path).headers().firstValue(HttpHeaders.LOCATION)).hasValue("/buyer?link=ended");
        assertThat(staff.get("/api/orders/{no}/share-links", orderNo).body().get(0).has("revokedAt")).isTrue();
    }

    @Test
    void aPhotoShownToTheBuyerIsOnTheirOrderAndNothingElseIs() throws InterruptedException {
        long shown = photoOf(orderNo);
        long notShown = photoOf(orderNo);
        long othersPhoto = photoOf(otherOrderNo);
        PortalApi merchandiser = PortalApi.as(rest, TestData.userOf("merchandiser"));
        assertThat(merchandiser.put("/api/evidence/" + shown + "/buyer").getBody().path("sharedWithBuyer").asBoolean())
                .isTrue();
        assertThat(merchandiser.put("/api/evidence/" + othersPhoto + "/buyer").getStatusCode().value()).isEqualTo(200);
        assertThat(PortalApi.as(rest, TestData.userOf("planner")).put("/api/evidence/" + notShown + "/buyer")
                .getStatusCode().value()).isEqualTo(403);
        String cookie = signIn(email, codeSentTo(email));

        JsonNode photos = get("/api/buyer/orders", cookie).body().path("orders").get(0).path("photos");
        assertThat(photos).extracting(p -> p.path("url").asText()).containsExactly("/api/buyer/photos/" + shown);
        HttpResponse<byte[]> photo = bytes("/api/buyer/photos/" + shown, cookie);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).isEqualTo(SampleFiles.png());
        assertThat(bytes(photos.get(0).path("thumbnailUrl").asText(), cookie).statusCode()).isEqualTo(200);
        for (long hidden : new long[] {notShown, othersPhoto}) {
            Response refused = get("/api/buyer/photos/" + hidden, cookie);
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body().path("instance").asText()).isEqualTo("/api/buyer");
            assertThat(refused.body().path("detail").asText()).isEqualTo("No such photo");
            assertThat(refused.toString()).doesNotContain(otherOrderNo, "Other");
            assertThat(get("/api/buyer/photos/" + hidden + "/thumbnail", cookie).status()).isEqualTo(404);
        }
        assertThat(get("/api/buyer/photos/" + shown, null).status()).isEqualTo(401);

        assertThat(merchandiser.delete("/api/evidence/" + shown + "/buyer").getBody().path("sharedWithBuyer")
                .asBoolean()).isFalse();
        assertThat(get("/api/buyer/photos/" + shown, cookie).status()).isEqualTo(404);
        assertThat(get("/api/buyer/orders", cookie).body().path("orders").get(0).path("photos")).isEmpty();
    }

    @Test
    void aShareLinkVisitorSeesTheOrdersShownPhotos() {
        long shown = photoOf(orderNo);
        new PortalApi(rest).put("/api/evidence/" + shown + "/buyer");
        Response link = staff.post("/api/orders/{no}/share-links", staff.object(), orderNo);
        String cookie = open(link.body().path("url").asText().replaceFirst("^https?://[^/]+", ""))
                .headers().firstValue(HttpHeaders.SET_COOKIE).orElseThrow().split(";")[0];

        assertThat(get("/api/buyer/orders", cookie).body().path("orders").get(0).path("photos").get(0).path("url")
                .asText()).isEqualTo("/api/buyer/photos/" + shown);
        assertThat(bytes("/api/buyer/photos/" + shown, cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAPhotoIsShownToABuyer() {
        PortalApi api = new PortalApi(rest);
        long report = api.upload(SampleFiles.pdf(), "qc.pdf", "application/pdf", Map.of("orderNo", orderNo,
                "purpose", "QC_REPORT", "uploadedBy", "QC"), null).getBody().path("id").asLong();

        ResponseEntity<JsonNode> refused = api.put("/api/evidence/" + report + "/buyer");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("id");
    }

    private long photoOf(String order) {
        ResponseEntity<JsonNode> uploaded = new PortalApi(rest).upload(SampleFiles.png(), "photo.png", "image/png",
                Map.of("orderNo", order, "purpose", "MILESTONE", "reference", "CUTTING_START", "uploadedBy", "跟单"),
                null);
        assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(201);
        return uploaded.getBody().path("id").asLong();
    }

    private HttpResponse<byte[]> bytes(String path, String cookie) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                    .header(HttpHeaders.COOKIE, cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Follows no redirect, to see where a share link sends the browser and what cookie it sets. */
    private HttpResponse<String> open(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String orderOf(String customer) {
        String no = TestData.uniqueOrderNo();
        Response created = staff.createOrder(staff.tree(testData.orderRequest(no)).put("customer", customer));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return no;
    }

    /** Asks for a code and reads it from the delivery log once the background sender logged it. */
    private String codeSentTo(String contact) throws InterruptedException {
        String recipient = "buyer-" + jdbc.queryForObject("SELECT id FROM customer_contact WHERE email_key = ?",
                Long.class, contact);
        int before = logged(recipient).size();
        assertThat(post("/api/buyer/code", "{\"contact\":\"" + contact + "\"}", null).status()).isEqualTo(202);
        for (int i = 0; i < 100 && logged(recipient).size() == before; i++) {
            Thread.sleep(50);
        }
        List<String> log = logged(recipient);
        assertThat(log).hasSize(before + 1);
        Matcher code = CODE.matcher(log.get(log.size() - 1));
        assertThat(code.find()).as(log.toString()).isTrue();
        return code.group(1);
    }

    private List<String> logged(String recipient) {
        return jdbc.queryForList("SELECT error FROM notification_delivery WHERE exception_id = 0 AND recipient = ? "
                + "ORDER BY round", String.class, recipient);
    }

    private String signIn(String contact, String code) {
        HttpResponse<String> answer = exchange("POST", "/api/buyer/session", signInBody(contact, code), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        return answer.headers().firstValue(HttpHeaders.SET_COOKIE).orElseThrow().split(";")[0];
    }

    private static String signInBody(String contact, String code) {
        return "{\"contact\":\"" + contact + "\",\"code\":\"" + code + "\"}";
    }

    private Response get(String path, String cookie, Object... variables) {
        return response(exchange("GET", path, null, cookie, variables));
    }

    private Response post(String path, String body, String cookie) {
        return response(exchange("POST", path, body, cookie));
    }

    /**
     * Through a plain client: TestRestTemplate's would wait out a 429's Retry-After and ask again, as a browser
     * does not.
     */
    private HttpResponse<String> exchange(String method, String path, String body, String cookie,
            Object... variables) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(rest.getRootUri()).resolve(rest.getRestTemplate().getUriTemplateHandler()
                                .expand(path, variables).toString()))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header(HttpHeaders.COOKIE, cookie);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response response(HttpResponse<String> answer) {
        try {
            JsonNode body = answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
            HttpHeaders headers = new HttpHeaders();
            answer.headers().map().forEach(headers::addAll);
            return new Response(answer.statusCode(), headers, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
