package com.threadline.inputs;

import static com.threadline.inputs.InputApi.assertInvalid;
import static com.threadline.inputs.InputApi.assertOrigin;
import static com.threadline.inputs.InputApi.assertProblem;
import static com.threadline.inputs.InputApi.json;
import static com.threadline.inputs.InputApi.with;
import static com.threadline.inputs.InputApi.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST and GET /api/orders/{orderNo}/output: a factory's daily output per stage. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionOutputApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    ProductionOutputService service;
    @Autowired
    ReceivedInputs received;
    @Autowired
    Clock clock;
    @Autowired
    TestData data;

    private InputApi api;
    private String orderNo;
    private String path;
    private LocalDate today;

    /** An order of 1,200 pieces opened today: each stage may report up to 1,260 in total (5% allowance). */
    @BeforeEach
    void openOrder() {
        api = new InputApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        path = "/api/orders/" + orderNo + "/output";
        today = data.today();
    }

    @Test
    void aDailyOutputIsStoredWithWhoReportedItWhenAndHow() {
        Instant before = clock.instant();
        ResponseEntity<JsonNode> response = api.post(path, report(today, "CUTTING", 300));
        Instant after = clock.instant();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode output = response.getBody();
        assertThat(output.path("reportDate").asText()).isEqualTo(today.toString());
        assertThat(output.path("stage").asText()).isEqualTo("CUTTING");
        assertThat(output.path("quantity").asInt()).isEqualTo(300);
        assertOrigin(output, "factory.nb", "API", before, after);

        JsonNode listed = api.list(path);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(output);
        assertThat(received.of(orderNo)).containsExactly(InputKind.PRODUCTION_OUTPUT);
    }

    @Test
    void theSameDayAndStageAgainCorrectsTheQuantity() {
        api.post(path, report(today, "SEWING", 300));
        Instant before = clock.instant();

        ResponseEntity<JsonNode> correction = api.post(path,
                with(with(report(today, "SEWING", 250), "reportedBy", "merch"), "source", "MANUAL"));

        assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode listed = api.list(path);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("quantity").asInt()).isEqualTo(250);
        assertOrigin(listed.get(0), "merch", "MANUAL", before, clock.instant());
        assertThat(received.of(orderNo)).containsExactly(InputKind.PRODUCTION_OUTPUT, InputKind.PRODUCTION_OUTPUT);
    }

    @Test
    void theListRunsFromTheOldestDayInProductionOrder() {
        api.post(path, report(today, "SEWING", 100));
        api.post(path, report(today, "CUTTING", 200));
        api.post(path, report(today.minusDays(1), "CUTTING", 300));

        JsonNode listed = api.list(path);

        assertThat(listed).extracting(o -> o.path("reportDate").asText() + " " + o.path("stage").asText())
                .containsExactly(today.minusDays(1) + " CUTTING", today + " CUTTING", today + " SEWING");
    }

    @Test
    void aStageMayReportTheOrderQuantityPlusTheAllowanceInTotalButNoMore() {
        assertThat(api.post(path, report(today.minusDays(1), "CUTTING", 1000)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> over = api.post(path, report(today, "CUTTING", 261));

        assertInvalid(over, "quantity");
        assertThat(over.getBody().path("errors").get(0).path("reason").asText())
                .contains("1261").contains("1260").contains("1200").contains("5%");
        assertThat(api.list(path)).hasSize(1);
        assertThat(api.post(path, report(today, "CUTTING", 260)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(path, report(today, "SEWING", 1260)).getStatusCode())
                .as("each stage has its own total").isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(path, report(today.minusDays(1), "CUTTING", 1000)).getStatusCode())
                .as("a correction replaces the day's quantity rather than adding to it").isEqualTo(HttpStatus.OK);
    }

    @Test
    void requiredFieldsAreNamed() {
        assertInvalid(api.post(path, json()), "reportDate", "stage", "reportedBy");
        assertInvalid(api.post(path, without(report(today, "CUTTING", 10), "quantity")), "quantity");
        assertInvalid(api.post(path, without(report(today, "CUTTING", 10), "reportedBy")), "reportedBy");
        assertInvalid(api.post(path, with(report(today, "CUTTING", 10), "reportedBy", " ")), "reportedBy");
        assertNothingStored();
    }

    @Test
    void aNegativeQuantityIsRefused() {
        assertInvalid(api.post(path, report(today, "CUTTING", -1)), "quantity");
        assertNothingStored();
    }

    @Test
    void aDateInTheFutureOrBeforeTheOrderWasOpenedIsRefused() {
        assertInvalid(api.post(path, report(today.plusDays(1), "CUTTING", 10)), "reportDate");
        assertInvalid(api.post(path, report(today.minusDays(2), "CUTTING", 10)), "reportDate");
        assertNothingStored();
        assertThat(api.post(path, report(today.minusDays(1), "CUTTING", 10)).getStatusCode())
                .as("the day before the order was opened is allowed").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void unreadableValuesAndBodiesAreRefused() {
        assertInvalid(api.post(path, with(report(today, "CUTTING", 10), "stage", "WEAVING")), "stage");
        assertInvalid(api.post(path, with(report(today, "CUTTING", 10), "reportDate", "yesterday")), "reportDate");
        assertInvalid(api.post(path, with(report(today, "CUTTING", 10), "source", "FAX")), "source");
        assertProblem(api.postRaw(path, "{\"reportDate\": \"" + today + "\", "), HttpStatus.BAD_REQUEST,
                "Malformed request body");
        assertNothingStored();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        String unknown = "/api/orders/" + TestData.uniqueOrderNo() + "/output";
        assertProblem(api.post(unknown, report(today, "CUTTING", 10)), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(unknown), HttpStatus.NOT_FOUND, "Not found");
    }

    @Test
    void aCancelledOrderTakesNoOutput() {
        orders.cancel(orderNo, "customer dropped the style");

        assertProblem(api.post(path, report(today, "CUTTING", 10)), HttpStatus.CONFLICT, "Conflict");
        assertNothingStored();
    }

    @Test
    void javaCallersGetTheSameRulesAndMaySayTheInputWasTypedIn() {
        assertThatThrownBy(() -> service.report(orderNo,
                new OutputReport(today, ProductionStage.PACKING, 10, null, InputSource.MANUAL, null)))
                .isInstanceOf(ConstraintViolationException.class);

        Accepted<InputViews.OutputView> accepted = service.report(orderNo,
                new OutputReport(today, ProductionStage.PACKING, 10, "factory.nb", InputSource.MANUAL, null));

        assertThat(accepted.isNew()).isTrue();
        assertThat(service.outputs(orderNo)).singleElement()
                .satisfies(o -> assertThat(o.source()).isEqualTo(InputSource.MANUAL))
                .satisfies(o -> assertThat(o.quantity()).isEqualTo(10));
        assertThat(received.of(orderNo)).containsExactly(InputKind.PRODUCTION_OUTPUT);
    }

    private static Map<String, Object> report(LocalDate date, String stage, int quantity) {
        return json("reportDate", date, "stage", stage, "quantity", quantity, "reportedBy", "factory.nb");
    }

    private void assertNothingStored() {
        assertThat(api.list(path)).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }
}
