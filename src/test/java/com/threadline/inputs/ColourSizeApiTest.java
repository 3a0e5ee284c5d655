package com.threadline.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.SizeLineRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Colour × size: an order's 1,200 pieces split over two colours and three sizes, entered, edited, and reported
 * by the factory per cell or in total; GET /api/orders/{no}/sizes shows the matrix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColourSizeApiTest {

    /** Red before Navy, and sizes out of order: the matrix keeps the colours as entered and sorts the sizes. */
    private static final List<SizeLineRequest> SPLIT = List.of(line("红 Red", "XL", 100), line("红 Red", "S", 200),
            line("红 Red", "M", 300), line("藏青 Navy", "M", 400), line("藏青 Navy", "S", 200));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;

    private ApiClient api;
    private String orderNo;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        orderNo = TestData.uniqueOrderNo();
        today = data.today();
    }

    @Test
    void anOrderEnteredWithColoursAndSizesShowsItsMatrix() {
        Response created = api.createOrder(withLines(data.orderRequest(orderNo), SPLIT));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("sizeLines")).hasSize(5);
        JsonNode matrix = sizes();
        assertThat(texts(matrix.path("colours"))).containsExactly("红 Red", "藏青 Navy");
        assertThat(texts(matrix.path("sizes"))).containsExactly("S", "M", "XL");
        assertThat(cell(matrix, "藏青 Navy", "M").path("ordered").asInt()).isEqualTo(400);
        assertThat(cell(matrix, "藏青 Navy", "M").path("cut").asInt()).isZero();
    }

    @Test
    void linesThatDoNotAddUpToTheQuantityAreRefusedAndNothingIsCreated() {
        List<SizeLineRequest> short100 = new ArrayList<>(SPLIT);
        short100.remove(0);

        Response refused = api.createOrder(withLines(data.orderRequest(orderNo), short100));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("sizeLines");
        assertThat(refused.errorReason("sizeLines").orElseThrow()).contains("1100").contains("1200");
        assertThat(api.order(orderNo).status()).isEqualTo(404);
    }

    @Test
    void aColourAndSizeGivenTwiceIsRefusedOnItsLine() {
        List<SizeLineRequest> twice = List.of(line("Red", "M", 600), line(" red ", "m", 600));

        Response refused = api.createOrder(withLines(data.orderRequest(orderNo), twice));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("sizeLines[1]");
    }

    @Test
    void theDeskChangesTheSplitButNotItsTotal() {
        api.createOrder(withLines(data.orderRequest(orderNo), SPLIT));

        Response edited = api.patch("/api/orders/{no}", Map.of("sizeLines", List.of(line("红 Red", "M", 700),
                line("白 White", "L", 500))), orderNo);
        Response mismatch = api.patch("/api/orders/{no}", Map.of("remarks", "不应保存",
                "sizeLines", List.of(line("红 Red", "M", 10))), orderNo);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode matrix = sizes();
        assertThat(texts(matrix.path("colours"))).containsExactly("红 Red", "白 White");
        assertThat(texts(matrix.path("sizes"))).containsExactly("M", "L");
        assertThat(cell(matrix, "红 Red", "M").path("ordered").asInt()).isEqualTo(700);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.errorFields()).containsExactly("sizeLines");
        assertThat(api.order(orderNo).body().has("remarks")).as("nothing half-written").isFalse();
        assertThat(api.order(orderNo).body().path("sizeLines")).hasSize(2);
    }

    @Test
    void perSizeReportsAccumulateIntoTheCellsAndTheStageTotal() {
        api.createOrder(withLines(data.orderRequest(orderNo), SPLIT));

        Response first = report(today.minusDays(1), "CUTTING", null, List.of(line("红 Red", "M", 100),
                line("藏青 Navy", "S", 50)));
        Response second = report(today, "CUTTING", null, List.of(line("红 Red", "M", 120)));
        Response corrected = report(today, "CUTTING", 130, List.of(line("红 red", "m", 90), line("红 Red", "S", 40)));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.body().path("quantity").asInt()).as("the total is the split's sum").isEqualTo(150);
        assertThat(second.status()).isEqualTo(201);
        assertThat(corrected.status()).as("the same day again corrects it").isEqualTo(200);
        JsonNode matrix = sizes();
        assertThat(cell(matrix, "红 Red", "M").path("cut").asInt()).isEqualTo(190);
        assertThat(cell(matrix, "红 Red", "S").path("cut").asInt()).isEqualTo(40);
        assertThat(cell(matrix, "藏青 Navy", "S").path("cut").asInt()).isEqualTo(50);
        assertThat(matrix.path("stageTotals").path("CUTTING").asInt()).isEqualTo(280);
        int listed = ApiClient.stream(api.get("/api/orders/{no}/output", orderNo).body())
                .mapToInt(o -> o.path("quantity").asInt()).sum();
        assertThat(listed).as("the totals the monitors read").isEqualTo(280);
    }

    @Test
    void aBadSplitIsRefusedCellByCellAndNothingIsStored() {
        api.createOrder(withLines(data.orderRequest(orderNo), SPLIT));

        Response unknown = report(today, "SEWING", null, List.of(line("绿 Green", "M", 10)));
        Response sumOff = report(today, "SEWING", 50, List.of(line("红 Red", "M", 10)));
        Response tooMany = report(today, "SEWING", null, List.of(line("红 Red", "XL", 106)));
        Response nothing = report(today, "SEWING", null, null);

        assertThat(unknown.errorFields()).containsExactly("sizes[0]");
        assertThat(sumOff.errorFields()).containsExactly("sizes");
        assertThat(tooMany.errorFields()).as("100 ordered plus 5%%").containsExactly("sizes[0].quantity");
        assertThat(nothing.errorFields()).containsExactly("quantity");
        assertThat(api.get("/api/orders/{no}/output", orderNo).body()).isEmpty();
    }

    @Test
    void aTotalOnlyReportStillCountsForTheStageButForNoCell() {
        api.createOrder(withLines(data.orderRequest(orderNo), SPLIT));

        Response total = report(today, "PACKING", 300, null);

        assertThat(total.status()).isEqualTo(201);
        JsonNode matrix = sizes();
        assertThat(matrix.path("stageTotals").path("PACKING").asInt()).isEqualTo(300);
        assertThat(ApiClient.stream(matrix.path("cells")).mapToInt(c -> c.path("packed").asInt()).sum()).isZero();
    }

    @Test
    void anOrderWithoutColoursTakesNoSplit() {
        api.createOrder(data.orderRequest(orderNo));

        Response refused = report(today, "CUTTING", null, List.of(line("Red", "M", 10)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("sizes");
        assertThat(sizes().path("cells")).isEmpty();
    }

    private Response report(LocalDate day, String stage, Integer quantity, List<SizeLineRequest> cells) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportDate", day);
        body.put("stage", stage);
        body.put("quantity", quantity);
        body.put("reportedBy", "factory.nb");
        body.put("sizes", cells);
        return api.post("/api/orders/{no}/output", body, orderNo);
    }

    private JsonNode sizes() {
        Response matrix = api.get("/api/orders/{no}/sizes", orderNo);
        assertThat(matrix.status()).as(matrix.toString()).isEqualTo(200);
        return matrix.body();
    }

    private static JsonNode cell(JsonNode matrix, String colour, String size) {
        return ApiClient.stream(matrix.path("cells"))
                .filter(c -> c.path("colour").asText().equals(colour) && c.path("size").asText().equals(size))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + colour + " " + size + " in " + matrix));
    }

    private static List<String> texts(JsonNode array) {
        return ApiClient.stream(array).map(JsonNode::asText).toList();
    }

    static SizeLineRequest line(String colour, String size, int quantity) {
        return new SizeLineRequest(colour, size, quantity);
    }

    static CreateOrderRequest withLines(CreateOrderRequest r, List<SizeLineRequest> lines) {
        return new CreateOrderRequest(r.orderNo(), r.customer(), r.style(), r.productType(), r.quantity(), r.dueDate(),
                r.factoryCode(), r.merchandiser(), r.businessOwner(), r.materials(), lines);
    }
}
