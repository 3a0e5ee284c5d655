package com.threadline.order;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;

/** POST /api/orders: opening an order, sending it again, and every way the request can be wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CreateOrderApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private LocalDate today;
    private String orderNo;
    /** A due date no other test uses, far enough ahead for the standard template. */
    private LocalDate dueDate;
    /** How many orders fall due on {@link #dueDate} before the test sends anything (normally none). */
    private long totalDueBefore;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        today = testData.today();
        orderNo = TestData.uniqueOrderNo();
        dueDate = today.plusDays(400 + ThreadLocalRandom.current().nextInt(2500));
        totalDueBefore = totalDueOn(dueDate);
    }

    @Test
    void aNewOrderIsAnswered201WithItsLocationPlanAndProcessPosition() {
        LocalDate due = today.plusDays(100);

        Response created = api.createOrder(testData.orderRequest(orderNo, due));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(created.headers().getLocation()).isNotNull();
        assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/orders/" + orderNo);
        JsonNode order = created.body();
        assertThat(order.path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(order.path("customer").asText()).isEqualTo("Nordic Outdoor AB");
        assertThat(order.path("style").asText()).isEqualTo("W-JK-2301");
        assertThat(order.path("productType").asText()).isEqualTo("WOVEN");
        assertThat(order.path("quantity").asInt()).isEqualTo(1200);
        assertThat(order.path("dueDate").asText()).isEqualTo(due.toString());
        assertThat(order.path("factoryCode").asText()).isEqualTo(TestData.FACTORY);
        assertThat(order.path("merchandiser").asText()).isEqualTo("merch");
        assertThat(order.path("businessOwner").asText()).isEqualTo("owner");
        assertThat(order.path("templateCode").asText()).isEqualTo("WOVEN_STANDARD");
        assertThat(order.path("status").asText()).isEqualTo("OPEN");
        assertThat(order.path("stage").asText()).isEqualTo("DESIGN");
        assertThat(order.path("forecastDeliveryDate").asText()).isEqualTo(due.toString());
        assertThat(order.path("delayDays").asInt()).isZero();
        assertThat(order.has("cancelReason")).isFalse();

        assertThat(texts(order.get("materials"), "supplierCode"))
                .containsExactly(TestData.FABRIC_SUPPLIER, TestData.TRIMS_SUPPLIER);
        assertThat(texts(order.get("materials"), "kind")).containsExactly("FABRIC", "TRIMS");
        assertThat(order.get("materials").get(0).path("lineNo").asInt()).isEqualTo(1);
        assertThat(order.get("materials").get(0).path("poDueDate").asText()).isEqualTo(due.minusDays(50).toString());

        assertThat(order.get("milestones")).hasSize(29);
        stream(order.get("milestones")).forEach(m -> {
            assertThat(m.path("plannedDate").asText()).as(m.toString()).isNotEmpty();
            assertThat(m.path("forecastDate").asText()).as(m.toString()).isEqualTo(m.path("plannedDate").asText());
            assertThat(m.path("done").asBoolean()).as(m.toString()).isFalse();
            assertThat(m.has("actualDate")).as(m.toString()).isFalse();
            assertThat(m.path("slipDays").asLong()).as(m.toString()).isZero();
        });
        assertThat(milestone(order, "ORDER_CONFIRMED").path("plannedDate").asText())
                .isEqualTo(due.minusDays(90).toString());
        assertThat(milestone(order, "EX_FACTORY").path("plannedDate").asText()).isEqualTo(due.toString());
        assertThat(milestone(order, "DELIVERED").path("plannedDate").asText()).isEqualTo(due.plusDays(33).toString());

        assertThat(texts(order.get("currentActivities"), "id")).containsExactly("Task_ConfirmOrder");
        assertThat(texts(order.get("openTasks"), "key")).containsExactly("Task_ConfirmOrder");
        assertThat(order.get("openTasks").get(0).path("id").asText()).isNotEmpty();

        Response stored = api.order(orderNo);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(order);
    }

    @Test
    void anOrderDueWithinTwoMonthsGetsTheExpressPlan() {
        LocalDate due = today.plusDays(40);

        Response created = api.createOrder(testData.orderRequest(orderNo, due));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("templateCode").asText()).isEqualTo("WOVEN_EXPRESS");
        assertThat(milestone(created.body(), "EX_FACTORY").path("plannedDate").asText()).isEqualTo(due.toString());
    }

    @Test
    void anExpressOrderWhoseTemplateFitsKeepsItAsWritten() {
        LocalDate due = today.plusDays(45);

        Response created = api.createOrder(testData.orderRequest(orderNo, due));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("planKeptPercent").asInt()).isEqualTo(100);
        assertThat(milestone(created.body(), "ORDER_CONFIRMED").path("plannedDate").asText())
                .isEqualTo(today.toString());
        assertThat(created.body().path("delayDays").asInt()).isZero();
    }

    @Test
    void anExpressOrderDueSoonerIsCompressedToFitAndIsNotBornLate() {
        LocalDate due = today.plusDays(20);

        Response created = api.createOrder(testData.orderRequest(orderNo, due));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("planKeptPercent").asInt()).isBetween(1, 99);
        assertThat(stream(created.body().path("milestones")).map(m -> LocalDate.parse(m.path("plannedDate").asText())))
                .allSatisfy(planned -> assertThat(planned).isAfterOrEqualTo(today));
        assertThat(milestone(created.body(), "EX_FACTORY").path("plannedDate").asText()).isEqualTo(due.toString());
        assertThat(created.body().path("delayDays").asInt()).isZero();
        assertThat(created.body().path("forecastDeliveryDate").asText()).isEqualTo(due.toString());
    }

    @Test
    void anOrderDueSoonerThanTheShortestPlanIsRefusedWithTheEarliestDueDate() {
        Response response = api.createOrder(testData.orderRequest(orderNo, today.plusDays(10)));

        assertRejected(response, "dueDate");
        // the express templates at their minimum days (V41) need 15 days from confirmation to ex-factory
        assertThat(response.errorReason("dueDate")).hasValueSatisfying(
                r -> assertThat(r).contains("最早可交 " + today.plusDays(15)));
    }

    @Test
    void sendingTheSameRequestAgainAnswers200WithTheSameOrderAndStoresNothingNew() {
        var request = testData.orderRequest(orderNo, dueDate);
        Response first = api.createOrder(request);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Response again = api.createOrder(request);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.headers().getLocation()).isNull();
        assertThat(again.body().path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(again.body().get("milestones")).hasSize(29);
        assertThat(again.body().get("milestones")).isEqualTo(first.body().get("milestones"));
        assertThat(again.body().get("openTasks")).isEqualTo(first.body().get("openTasks"));
        assertThat(api.order(orderNo).body().get("milestones")).hasSize(29);
        assertThat(ordersDueOn(dueDate)).containsOnlyOnce(orderNo);
        assertThat(totalDueOn(dueDate)).isEqualTo(totalDueBefore + 1);
    }

    @Test
    void theSameContentInAnotherKeyOrderAndLayoutIsTheSameRequest() {
        ObjectNode request = validRequest();
        assertThat(api.createOrder(request).status()).isEqualTo(201);
        List<String> keys = new ArrayList<>();
        request.fieldNames().forEachRemaining(keys::add);
        ObjectNode reordered = api.object();
        for (int i = keys.size() - 1; i >= 0; i--) {
            reordered.set(keys.get(i), request.get(keys.get(i)));
        }

        Response again = api.post("/api/orders", reordered.toPrettyString());

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(ordersDueOn(dueDate)).containsOnlyOnce(orderNo);
    }

    private static final int CONCURRENT_REQUESTS = 8;

    /*
     * A duplicate insert that waits for the winner's uncommitted row fails with a duplicate key or, on H2, a lock
     * timeout; OrderController.create retries on both, so every loser is answered with the winner's order.
     */
    @Test
    void theSameRequestSentConcurrentlyOpensOneOrder() throws Exception {
        var request = testData.orderRequest(orderNo, dueDate);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                calls.add(() -> api.createOrder(request));
            }
            for (Future<Response> answer : pool.invokeAll(calls)) {
                Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isIn(200, 201);
                assertThat(response.body().path("orderNo").asText()).isEqualTo(orderNo);
                statuses.add(response.status());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnlyOnce(201);
        assertThat(ordersDueOn(dueDate)).containsOnlyOnce(orderNo);
        assertThat(totalDueOn(dueDate)).isEqualTo(totalDueBefore + 1);
        assertThat(api.order(orderNo).body().get("milestones")).hasSize(29);
    }

    @Test
    void theSameOrderNumberWithOtherContentIs409AndLeavesTheStoredOrderAsItWas() {
        var request = testData.orderRequest(orderNo, dueDate);
        assertThat(api.createOrder(request).status()).isEqualTo(201);
        JsonNode before = api.order(orderNo).body();
        ObjectNode changed = api.tree(request);
        changed.put("customer", "Someone Else Ltd");
        changed.put("quantity", 999);

        Response conflict = api.createOrder(changed);

        assertProblem(conflict, 409, "Conflict");
        assertThat(conflict.body().path("detail").asText()).contains(orderNo);
        JsonNode after = api.order(orderNo).body();
        assertThat(after.path("customer").asText()).isEqualTo("Nordic Outdoor AB");
        assertThat(after.path("quantity").asInt()).isEqualTo(1200);
        assertThat(after).isEqualTo(before);
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"orderNo", "customer", "style", "productType", "quantity", "dueDate", "factoryCode",
            "merchandiser", "businessOwner"})
    void anOrderWithoutARequiredFieldIsRejectedNamingThatFieldAndNothingIsStored(String field) {
        ObjectNode request = validRequest();
        request.remove(field);

        assertRejected(api.createOrder(request), field);
    }

    @ParameterizedTest(name = "blank {0}")
    @ValueSource(strings = {"orderNo", "customer", "style", "productType", "factoryCode", "merchandiser",
            "businessOwner"})
    void anOrderWithABlankRequiredTextIsRejectedNamingThatField(String field) {
        ObjectNode request = validRequest();
        request.put(field, "  ");

        assertRejected(api.createOrder(request), field);
    }

    @ParameterizedTest(name = "orderNo \"{0}\"")
    @ValueSource(strings = {"-starts-with-dash", "has space", "has#hash", "ÄÖÜ", "12345678901234567890123456789012345678901"})
    void anOrderNumberOutsideTheAllowedCharactersOrLengthIsRejected(String badOrderNo) {
        ObjectNode request = validRequest();
        request.put("orderNo", badOrderNo);

        assertRejected(api.createOrder(request), "orderNo");
    }

    @ParameterizedTest(name = "separator \"{0}\"")
    @ValueSource(strings = {".", "_", "-"})
    void everyAcceptedOrderNumberCanBeReadBackAtItsLocation(String separator) {
        String number = orderNo + separator + "7";
        ObjectNode request = validRequest();
        request.put("orderNo", number);

        Response created = api.createOrder(request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response read = api.get(created.headers().getLocation().toString());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().path("orderNo").asText()).isEqualTo(number);
    }

    /* An order number is part of every order URL, so one with '/' would be unreachable: it is refused. */
    @Test
    void anOrderNumberWithASlashIsRefused() {
        ObjectNode request = validRequest();
        request.put("orderNo", orderNo + "/7");

        Response created = api.createOrder(request);

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.errorFields()).containsOnly("orderNo");
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -1, -500})
    void aQuantityThatIsNotPositiveIsRejected(int quantity) {
        ObjectNode request = validRequest();
        request.put("quantity", quantity);

        assertRejected(api.createOrder(request), "quantity");
    }

    @ParameterizedTest(name = "due {0} days from today")
    @ValueSource(ints = {0, -1, -30})
    void aDueDateTodayOrInThePastIsRejected(int daysFromToday) {
        LocalDate due = today.plusDays(daysFromToday);
        ObjectNode request = api.tree(testData.orderRequest(orderNo, due));

        Response response = api.createOrder(request);

        assertRejected(response, "dueDate");
        assertThat(response.errorReason("dueDate")).hasValueSatisfying(r -> assertThat(r).contains(today.toString()));
    }

    @Test
    void anUnknownFactoryIsRejected() {
        ObjectNode request = validRequest();
        request.put("factoryCode", "F-NOWHERE-" + orderNo);

        Response response = api.createOrder(request);

        assertRejected(response, "factoryCode");
        assertThat(response.errorReason("factoryCode")).hasValueSatisfying(r -> assertThat(r).contains("F-NOWHERE"));
    }

    @Test
    void anUnknownSupplierOnAMaterialLineIsRejectedNamingTheLine() {
        ObjectNode request = validRequest();
        ((ObjectNode) request.withArray("materials").get(0)).put("supplierCode", "S-NOWHERE");

        Response response = api.createOrder(request);

        assertRejected(response, "materials[0].supplierCode");
        assertThat(response.errorReason("materials[0].supplierCode"))
                .hasValueSatisfying(r -> assertThat(r).contains("S-NOWHERE"));
    }

    @Test
    void anUnknownProductTypeIsRejectedListingTheKnownOnes() {
        ObjectNode request = validRequest();
        request.put("productType", "LEATHER");

        Response response = api.createOrder(request);

        assertRejected(response, "productType");
        assertThat(response.errorReason("productType"))
                .hasValueSatisfying(r -> assertThat(r).contains("LEATHER").contains("WOVEN").contains("KNIT"));
    }

    @Test
    void aMaterialLineWithoutKindIsRejectedNamingTheLine() {
        ObjectNode request = validRequest();
        ((ObjectNode) request.withArray("materials").get(0)).remove("kind");

        assertRejected(api.createOrder(request), "materials[0].kind");
    }

    @Test
    void aMaterialLineWithAnUnknownKindIsRejectedNamingTheLine() {
        ObjectNode request = validRequest();
        ((ObjectNode) request.withArray("materials").get(1)).put("kind", "WOOL");

        assertRejected(api.createOrder(request), "materials[1].kind");
    }

    @Test
    void anEmptyMaterialLineIsRejectedNamingTheLine() {
        ObjectNode request = validRequest();
        request.withArray("materials").insertNull(0);

        assertRejected(api.createOrder(request), "materials[0]");
    }

    @Test
    void materialsThatAreNotAListAreRejected() {
        ObjectNode request = validRequest();
        request.put("materials", "fabric and zips");

        assertRejected(api.createOrder(request), "materials");
    }

    @Test
    void anOrderWithoutMaterialsIsAccepted() {
        ObjectNode request = validRequest();
        request.remove("materials");

        Response created = api.createOrder(request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("materials")).isEmpty();
    }

    @Test
    void aMaterialDueAfterTheOrderIsRejectedNamingTheLine() {
        ObjectNode request = validRequest();
        ((ObjectNode) request.withArray("materials").get(0)).put("poDueDate", dueDate.plusDays(1).toString());

        assertRejected(api.createOrder(request), "materials[0].poDueDate");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({"quantity, many", "dueDate, soon", "dueDate, 2030-13-45"})
    void aValueOfTheWrongTypeIsRejectedNamingTheField(String field, String value) {
        ObjectNode request = validRequest();
        request.put(field, value);

        Response response = api.createOrder(request);

        assertRejected(response, field);
        assertThat(response.errorReason(field)).hasValueSatisfying(r -> assertThat(r).contains(value));
    }

    @Test
    void malformedJsonIsRejectedAsAMalformedBody() {
        String broken = "{\"orderNo\": \"" + orderNo + "\", \"customer\": \"Nordic Outdoor AB\", \"quantity\": 12";

        Response response = api.createOrder(broken);

        assertProblem(response, 400, "Malformed request body");
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @Test
    void anEmptyBodyIsRejectedAsAMalformedBody() {
        Response response = api.post("/api/orders", "");

        assertProblem(response, 400, "Malformed request body");
    }

    @Test
    void severalMissingOrInvalidFieldsAreAllListedAtOnce() {
        ObjectNode request = validRequest();
        request.remove("customer");
        request.put("quantity", 0);
        request.put("factoryCode", "");
        ((ObjectNode) request.withArray("materials").get(1)).remove("description");

        Response response = api.createOrder(request);

        assertRejected(response, "customer", "factoryCode", "materials[1].description", "quantity");
    }

    @Test
    void severalBusinessRuleViolationsAreAllListedAtOnce() {
        ObjectNode request = validRequest();
        request.put("dueDate", today.minusDays(3).toString());
        ((ObjectNode) request.withArray("materials").get(0)).remove("poDueDate");
        request.put("factoryCode", "F-NOWHERE");
        request.put("productType", "LEATHER");
        ((ObjectNode) request.withArray("materials").get(1)).put("supplierCode", "S-NOWHERE");

        Response response = api.createOrder(request);

        assertRejected(response, "dueDate", "factoryCode", "materials[1].supplierCode", "productType");
    }

    // -----------------------------------------------------------------------------------------------------

    private ObjectNode validRequest() {
        return api.tree(testData.orderRequest(orderNo, dueDate));
    }

    /**
     * 400 problem naming {@code fields} and no others (a field breaking two rules is named twice), each with a
     * reason; afterwards neither the order number nor the due date holds a stored order.
     */
    private void assertRejected(Response response, String... fields) {
        assertProblem(response, 400, "Invalid request");
        assertThat(response.errorFields()).containsOnly(fields);
        assertThat(response.errorReasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(api.order(orderNo).status()).isEqualTo(404);
        assertThat(totalDueOn(dueDate)).isEqualTo(totalDueBefore);
    }

    private void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isEqualTo(title);
    }

    private long totalDueOn(LocalDate date) {
        Response page = api.get("/api/orders?dueFrom={a}&dueTo={b}", date, date);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body().path("total").asLong();
    }

    private List<String> ordersDueOn(LocalDate date) {
        Response page = api.get("/api/orders?dueFrom={a}&dueTo={b}&size=200", date, date);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return texts(page.body().get("items"), "orderNo");
    }
}
