package com.threadline.order;

import static com.threadline.order.ApiClient.milestone;
import static com.threadline.order.ApiClient.stream;
import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * GET /api/orders and /api/orders/{no}. Each test registers its own factory and puts its orders in a due-date
 * window far ahead that no other test uses, so every filter can be asserted exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderQueryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private LocalDate today;
    /** This test's own factory. */
    private String factory;
    /** First day of this test's due-date window. */
    private LocalDate window;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        today = testData.today();
        factory = newFactory();
        window = today.plusDays(400 + ThreadLocalRandom.current().nextInt(2500));
    }

    @Test
    void anOrderIsReadWithItsPlanMaterialsAndWhereItsProcessStands() {
        String orderNo = createOrder(factory, window);

        Response response = api.order(orderNo);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode order = response.body();
        assertThat(order.path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(order.path("factoryCode").asText()).isEqualTo(factory);
        assertThat(order.path("factoryName").asText()).isEqualTo("Query test factory " + factory);
        assertThat(order.path("dueDate").asText()).isEqualTo(window.toString());
        assertThat(order.path("status").asText()).isEqualTo("OPEN");
        assertThat(order.path("stage").asText()).isEqualTo("DESIGN");
        assertThat(order.path("forecastDeliveryDate").asText()).isEqualTo(window.toString());
        assertThat(order.path("delayDays").asInt()).isZero();
        assertThat(order.get("materials")).hasSize(2);
        assertThat(order.get("materials").get(0).path("supplierName").asText()).isNotBlank();
        assertThat(order.get("milestones")).hasSize(29);
        assertThat(texts(order.get("milestones"), "code")).startsWith("ORDER_CONFIRMED", "TECH_PACK")
                .endsWith("ETA", "DELIVERED");
        JsonNode exFactory = milestone(order, "EX_FACTORY");
        assertThat(exFactory.path("nameEn").asText()).isEqualTo("Ex-factory");
        assertThat(exFactory.path("stage").asText()).isEqualTo("LOGISTICS");
        assertThat(exFactory.path("plannedDate").asText()).isEqualTo(window.toString());
        assertThat(texts(order.get("currentActivities"), "id")).containsExactly("Task_ConfirmOrder");
        assertThat(texts(order.get("openTasks"), "key")).containsExactly("Task_ConfirmOrder");
    }

    @Test
    void anUnknownOrderIs404Problem() {
        Response response = api.order("NO-SUCH-ORDER-" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("status").asInt()).isEqualTo(404);
        assertThat(response.body().path("title").asText()).isEqualTo("Not found");
        assertThat(response.body().path("detail").asText()).contains("NO-SUCH-ORDER-");
    }

    @Test
    void theListShowsASummaryOfEachOrder() {
        String orderNo = createOrder(factory, window);

        Response response = list("factory={f}", factory);

        assertThat(response.body().path("total").asLong()).isEqualTo(1);
        JsonNode item = response.body().get("items").get(0);
        assertThat(item.path("orderNo").asText()).isEqualTo(orderNo);
        assertThat(item.path("customer").asText()).isEqualTo("Nordic Outdoor AB");
        assertThat(item.path("style").asText()).isEqualTo("W-JK-2301");
        assertThat(item.path("productType").asText()).isEqualTo("WOVEN");
        assertThat(item.path("quantity").asInt()).isEqualTo(1200);
        assertThat(item.path("dueDate").asText()).isEqualTo(window.toString());
        assertThat(item.path("factoryCode").asText()).isEqualTo(factory);
        assertThat(item.path("factoryName").asText()).isEqualTo("Query test factory " + factory);
        assertThat(item.path("status").asText()).isEqualTo("OPEN");
        assertThat(item.path("stage").asText()).isEqualTo("DESIGN");
        assertThat(item.path("forecastDeliveryDate").asText()).isEqualTo(window.toString());
        assertThat(item.path("delayDays").asInt()).isZero();
        assertThat(item.has("milestones")).isFalse();
        assertThat(response.body().path("page").asInt()).isZero();
        assertThat(response.body().path("size").asInt()).isEqualTo(50);
    }

    @Test
    void theFactoryFilterKeepsOnlyThatFactorysOrders() {
        String otherFactory = newFactory();
        String here = createOrder(factory, window);
        String there = createOrder(otherFactory, window);

        assertThat(orderNos(list("factory={f}", factory))).containsExactly(here);
        assertThat(orderNos(list("factory={f}", otherFactory))).containsExactly(there);
        assertThat(orderNos(list("dueFrom={a}&dueTo={b}&size=200", window, window))).contains(here, there);
        assertThat(list("factory={f}", "F-NO-SUCH-" + factory).body().path("total").asLong()).isZero();
    }

    @Test
    void theDueDateFiltersIncludeBothEndsOfTheWindow() {
        String first = createOrder(factory, window);
        String second = createOrder(factory, window.plusDays(1));
        String third = createOrder(factory, window.plusDays(2));

        assertThat(orderNos(list("factory={f}&dueFrom={d}", factory, window.plusDays(1)))).containsExactly(second, third);
        assertThat(orderNos(list("factory={f}&dueTo={d}", factory, window.plusDays(1)))).containsExactly(first, second);
        assertThat(orderNos(list("factory={f}&dueFrom={a}&dueTo={b}", factory, window.plusDays(1),
                window.plusDays(1)))).containsExactly(second);
        assertThat(orderNos(list("factory={f}&dueFrom={a}&dueTo={b}", factory, window, window.plusDays(2))))
                .containsExactly(first, second, third);
        assertThat(list("factory={f}&dueFrom={d}", factory, window.plusDays(3)).body().path("total").asLong())
                .isZero();
        assertThat(orderNos(list("dueFrom={a}&dueTo={b}&size=200", window.plusDays(2), window.plusDays(2))))
                .contains(third).doesNotContain(first, second);
    }

    @Test
    void theStatusFilterSeparatesCancelledFromOpenOrders() {
        String open = createOrder(factory, window);
        String cancelled = createOrder(factory, window.plusDays(1));
        assertThat(api.cancel(cancelled, api.object().put("reason", "customer withdrew")).status()).isEqualTo(200);

        assertThat(orderNos(list("factory={f}&status=CANCELLED", factory))).containsExactly(cancelled);
        assertThat(orderNos(list("factory={f}&status=OPEN", factory))).containsExactly(open);
        assertThat(list("factory={f}&status=DELIVERED", factory).body().path("total").asLong()).isZero();
        assertThat(orderNos(list("factory={f}", factory))).containsExactly(open, cancelled);
    }

    @Test
    void theStageFilterFollowsTheOrdersProcess() {
        String inDesign = createOrder(factory, window);
        String inMaterials = createOrder(factory, window.plusDays(1));
        for (String task : List.of("Task_ConfirmOrder", "Task_ConfirmTechPack", "Task_ApproveSamples")) {
            assertThat(api.completeOpenTask(inMaterials, task).status()).as(task).isEqualTo(204);
        }
        assertThat(api.order(inMaterials).body().path("stage").asText()).isEqualTo("MATERIALS");

        assertThat(orderNos(list("factory={f}&stage=DESIGN", factory))).containsExactly(inDesign);
        assertThat(orderNos(list("factory={f}&stage=MATERIALS", factory))).containsExactly(inMaterials);
        assertThat(list("factory={f}&stage=PRODUCTION", factory).body().path("total").asLong()).isZero();
        JsonNode item = list("factory={f}&stage=MATERIALS", factory).body().get("items").get(0);
        assertThat(item.path("stage").asText()).isEqualTo("MATERIALS");
    }

    @Test
    void theLateFilterSeparatesOrdersForecastAfterTheirDueDate() {
        String onTime = createOrder(factory, window);
        String late = createOrder(factory, window.plusDays(1));
        JsonNode fabric = milestone(api.order(late).body(), "FABRIC_IN_HOUSE");
        LocalDate expected = LocalDate.parse(fabric.path("plannedDate").asText()).plusDays(6);
        Response slipped = api.forecast(late, "FABRIC_IN_HOUSE",
                api.object().put("expectedDate", expected.toString()).put("reason", "mill delay"));
        assertThat(slipped.status()).as(slipped.toString()).isEqualTo(200);

        Response lateOnes = list("factory={f}&late=true", factory);
        assertThat(orderNos(lateOnes)).containsExactly(late);
        assertThat(lateOnes.body().get("items").get(0).path("delayDays").asInt()).isEqualTo(6);
        assertThat(orderNos(list("factory={f}&late=false", factory))).containsExactly(onTime);
        assertThat(orderNos(list("factory={f}", factory))).containsExactly(onTime, late);
    }

    @Test
    void filtersCombine() {
        String early = createOrder(factory, window);
        String lateAndCancelled = createOrder(factory, window.plusDays(1));
        String lateAndOpen = createOrder(factory, window.plusDays(2));
        for (String orderNo : List.of(lateAndCancelled, lateAndOpen)) {
            LocalDate due = LocalDate.parse(api.order(orderNo).body().path("dueDate").asText());
            Response slipped = api.forecast(orderNo, "EX_FACTORY",
                    api.object().put("expectedDate", due.plusDays(3).toString()).put("reason", "line full"));
            assertThat(slipped.status()).as(slipped.toString()).isEqualTo(200);
        }
        assertThat(api.cancel(lateAndCancelled, api.object().put("reason", "customer withdrew")).status())
                .isEqualTo(200);

        assertThat(orderNos(list("factory={f}&late=true&status=OPEN&stage=DESIGN&dueFrom={d}", factory,
                window.plusDays(1)))).containsExactly(lateAndOpen);
        assertThat(orderNos(list("factory={f}&late=false", factory))).containsExactly(early);
    }

    @Test
    void pagesAreCutInDueDateOrderAndCarryTheTotal() {
        List<String> orderNos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orderNos.add(createOrder(factory, window.plusDays(4 - i)));
        }
        List<String> byDueDate = new ArrayList<>(orderNos);
        Collections.reverse(byDueDate);

        Response first = list("factory={f}&page=0&size=2", factory);
        Response second = list("factory={f}&page=1&size=2", factory);
        Response third = list("factory={f}&page=2&size=2", factory);
        Response beyond = list("factory={f}&page=3&size=2", factory);

        assertThat(orderNos(first)).containsExactlyElementsOf(byDueDate.subList(0, 2));
        assertThat(orderNos(second)).containsExactlyElementsOf(byDueDate.subList(2, 4));
        assertThat(orderNos(third)).containsExactlyElementsOf(byDueDate.subList(4, 5));
        assertThat(orderNos(beyond)).isEmpty();
        for (Response page : List.of(first, second, third, beyond)) {
            assertThat(page.body().path("total").asLong()).isEqualTo(5);
            assertThat(page.body().path("size").asInt()).isEqualTo(2);
        }
        assertThat(second.body().path("page").asInt()).isEqualTo(1);
        assertThat(orderNos(list("factory={f}&size=200", factory))).containsExactlyElementsOf(byDueDate);
    }

    @Test
    void ordersDueTheSameDayAreListedByOrderNumber() {
        String b = createOrder(factory, window, "Q-" + UUID.randomUUID().toString().substring(0, 8) + "-B");
        String a = createOrder(factory, window, b.substring(0, b.length() - 1) + "A");

        assertThat(orderNos(list("factory={f}", factory))).containsExactly(a, b);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "size=0       | size",
            "size=201     | size",
            "size=-5      | size",
            "page=-1      | page",
            "page=first   | page",
            "size=many    | size",
            "stage=FOO    | stage",
            "status=DONE  | status",
            "late=maybe   | late",
            "dueFrom=soon | dueFrom",
            "dueTo=2030-02-30 | dueTo"})
    void aBadQueryParameterIs400NamingIt(String query, String field) {
        Response response = api.get("/api/orders?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.body().path("title").asText()).isEqualTo("Invalid request");
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.errorReasons()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void theSearchFindsOrderNumberCustomerAndStyleWhateverTheirCase() {
        String orderNo = createOrder(factory, window);
        String other = createOrder(factory, window);

        assertThat(orderNos(list("factory={f}&q={q}", factory, orderNo.toLowerCase()))).containsExactly(orderNo);
        assertThat(orderNos(list("factory={f}&q={q}", factory, "  nordic outdoor "))).contains(orderNo, other);
        assertThat(list("factory={f}&q={q}", factory, "100%_no_such").body().path("total").asLong()).isZero();
    }

    @Test
    void theListSortsByAColumnEitherWayWithOrderNumbersBreakingTies() {
        String late = createOrder(factory, window.plusDays(2), "SORT-" + factory + "-A");
        String early = createOrder(factory, window, "SORT-" + factory + "-B");
        String sameDay = createOrder(factory, window, "SORT-" + factory + "-C");

        assertThat(orderNos(list("factory={f}&sort=dueDate,desc", factory))).containsExactly(late, early, sameDay);
        assertThat(orderNos(list("factory={f}&sort=dueDate,asc", factory))).containsExactly(early, sameDay, late);
        assertThat(orderNos(list("factory={f}&sort=orderNo,desc", factory))).containsExactly(sameDay, early, late);
        assertThat(orderNos(list("factory={f}&sort=orderNo", factory))).containsExactly(late, early, sameDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"price,asc", "dueDate,sideways", "dueDate,asc,again", "factory.code,asc"})
    void anUnknownSortIs400NamingTheSortableColumns(String sort) {
        Response response = api.get("/api/orders?sort={s}", sort);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("sort");
        assertThat(response.errorReason("sort")).hasValueSatisfying(r -> assertThat(r).contains("dueDate"));
    }

    @Test
    void aDueFromAfterDueToIs400() {
        Response response = api.get("/api/orders?dueFrom={a}&dueTo={b}", window.plusDays(1), window);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly("dueFrom");
        assertThat(response.errorReason("dueFrom")).hasValueSatisfying(r -> assertThat(r).contains("dueTo"));
    }

    @Test
    void allBadPagingParametersAreListedAtOnce() {
        Response response = api.get("/api/orders?page=-1&size=0&dueFrom={a}&dueTo={b}", window.plusDays(1), window);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("page", "size", "dueFrom");
    }

    @Test
    void theLargestPageSizeIsAccepted() {
        createOrder(factory, window);

        Response response = list("factory={f}&size=200", factory);

        assertThat(response.body().path("size").asInt()).isEqualTo(200);
        assertThat(response.body().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderAndPartnerEndpoints() {
        Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");
        assertThat(paths.has("/api/orders")).as(paths.toString()).isTrue();
        assertThat(paths.has("/api/orders/{orderNo}")).isTrue();
        assertThat(paths.has("/api/orders/{orderNo}/milestones/{code}/actual")).isTrue();
        assertThat(paths.has("/api/orders/{orderNo}/milestones/{code}/forecast")).isTrue();
        assertThat(paths.has("/api/orders/{orderNo}/reports")).isTrue();
        assertThat(paths.has("/api/orders/{orderNo}/cancel")).isTrue();
        assertThat(paths.has("/api/factories")).isTrue();
        assertThat(paths.has("/api/suppliers")).isTrue();
        assertThat(docs.body().toString()).contains("/api/orders");
    }

    // -----------------------------------------------------------------------------------------------------

    private String newFactory() {
        String code = "FQ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response created = api.post("/api/factories",
                api.object().put("code", code).put("name", "Query test factory " + code).put("city", "宁波"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private String createOrder(String factoryCode, LocalDate dueDate) {
        return createOrder(factoryCode, dueDate, TestData.uniqueOrderNo());
    }

    private String createOrder(String factoryCode, LocalDate dueDate, String orderNo) {
        var request = api.tree(testData.orderRequest(orderNo, dueDate)).put("factoryCode", factoryCode);
        Response created = api.createOrder(request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return orderNo;
    }


    private Response list(String query, Object... values) {
        Response response = api.get("/api/orders?" + query, values);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static List<String> orderNos(Response page) {
        return texts(page.body().get("items"), "orderNo");
    }
}
