package com.threadline.inputs;

import static com.threadline.inputs.InputApi.assertInvalid;
import static com.threadline.inputs.InputApi.assertOrigin;
import static com.threadline.inputs.InputApi.assertProblem;
import static com.threadline.inputs.InputApi.json;
import static com.threadline.inputs.InputApi.with;
import static com.threadline.inputs.InputApi.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
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

/** POST /api/orders/{orderNo}/materials/{lineNo}/shipment and /arrival, GET .../events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MaterialInputApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    ReceivedInputs received;
    @Autowired
    Clock clock;
    @Autowired
    TestData data;

    private InputApi api;
    private String orderNo;
    private LocalDate today;

    /** Line 1: fabric from a supplier 5 days away; line 2: trims from one 3 days away. */
    @BeforeEach
    void openOrder() {
        api = new InputApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        today = data.today();
    }

    @Test
    void aShipmentUpdatesTheLineAndIsKeptAsReported() {
        Instant before = clock.instant();
        ResponseEntity<JsonNode> response = api.post(line(1, "shipment"),
                shipment(today.minusDays(1), "SF Express", "SF1234567890", today.plusDays(6)));
        Instant after = clock.instant();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode line = response.getBody();
        assertThat(line.path("lineNo").asInt()).isEqualTo(1);
        assertThat(line.path("shippedDate").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(line.path("carrier").asText()).isEqualTo("SF Express");
        assertThat(line.path("trackingNo").asText()).isEqualTo("SF1234567890");
        assertThat(line.path("eta").asText()).isEqualTo(today.plusDays(6).toString());
        assertThat(line.has("arrivalDate")).isFalse();

        JsonNode event = api.list(line(1, "events")).get(0);
        assertThat(event.path("kind").asText()).isEqualTo("SHIPPED");
        assertThat(event.path("date").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(event.path("carrier").asText()).isEqualTo("SF Express");
        assertThat(event.path("trackingNo").asText()).isEqualTo("SF1234567890");
        assertThat(event.path("eta").asText()).isEqualTo(today.plusDays(6).toString());
        assertOrigin(event, "supplier.kq", "API", before, after);

        JsonNode material = orderDetail().path("materials").get(0);
        assertThat(material.path("shippedDate").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(material.path("eta").asText()).isEqualTo(today.plusDays(6).toString());
        assertThat(received.of(orderNo)).containsExactly(InputKind.MATERIAL_SHIPPED);
    }

    @Test
    void withoutAnEtaTheArrivalIsPredictedFromTheSuppliersTransitDays() {
        JsonNode fabric = api.post(line(1, "shipment"), without(shipment(today, null, null, null), "carrier",
                "trackingNo", "eta")).getBody();
        JsonNode trims = api.post(line(2, "shipment"), shipment(today.minusDays(2), "DHL", null, null)).getBody();

        assertThat(fabric.path("eta").asText()).isEqualTo(today.plusDays(5).toString());
        assertThat(fabric.has("carrier")).isFalse();
        assertThat(trims.path("eta").asText()).isEqualTo(today.plusDays(1).toString());
        assertThat(api.list(line(2, "events")).get(0).path("eta").asText()).isEqualTo(today.plusDays(1).toString());
    }

    @Test
    void anArrivalIsRecordedAfterItsShipmentAndBothAreKept() {
        api.post(line(1, "shipment"), shipment(today.minusDays(3), "SF Express", "SF1", null));
        Instant before = clock.instant();

        ResponseEntity<JsonNode> response = api.post(line(1, "arrival"),
                json("arrivalDate", today, "reportedBy", "merch", "source", "MANUAL"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("arrivalDate").asText()).isEqualTo(today.toString());
        assertThat(response.getBody().path("carrier").asText()).isEqualTo("SF Express");
        JsonNode events = api.list(line(1, "events"));
        assertThat(events).extracting(e -> e.path("kind").asText()).containsExactly("SHIPPED", "ARRIVED");
        assertThat(events.get(1).path("date").asText()).isEqualTo(today.toString());
        assertOrigin(events.get(1), "merch", "MANUAL", before, clock.instant());
        assertThat(orderDetail().path("materials").get(0).path("arrivalDate").asText()).isEqualTo(today.toString());
        assertThat(received.of(orderNo)).containsExactly(InputKind.MATERIAL_SHIPPED, InputKind.MATERIAL_ARRIVED);
    }

    @Test
    void anArrivalWithoutAKnownShipmentIsTaken() {
        assertThat(api.post(line(2, "arrival"), arrival(today.minusDays(1))).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.list(line(2, "events"))).hasSize(1);
    }

    @Test
    void aLaterShipmentReportCorrectsTheLineAndKeepsBothReports() {
        api.post(line(1, "shipment"), shipment(today.minusDays(2), "SF Express", "SF1", null));
        JsonNode corrected = api.post(line(1, "shipment"),
                shipment(today.minusDays(1), "ZTO", "ZT9", today.plusDays(2))).getBody();

        assertThat(corrected.path("shippedDate").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(corrected.path("trackingNo").asText()).isEqualTo("ZT9");
        assertThat(api.list(line(1, "events"))).extracting(e -> e.path("trackingNo").asText())
                .containsExactly("SF1", "ZT9");
    }

    @Test
    void badShipmentsAreRefusedAndChangeNothing() {
        assertInvalid(api.post(line(1, "shipment"), json()), "shippedDate", "reportedBy");
        assertInvalid(api.post(line(1, "shipment"), shipment(today.plusDays(1), "SF", "SF1", null)), "shippedDate");
        assertInvalid(api.post(line(1, "shipment"), shipment(today, "SF", "SF1", today.minusDays(1))), "eta");
        assertInvalid(api.post(line(1, "shipment"), shipment(today.plusDays(2), "SF", "SF1", today.plusDays(1))),
                "shippedDate", "eta");
        assertInvalid(api.post(line(1, "shipment"), with(shipment(today, "SF", "SF1", null), "eta", "soon")), "eta");
        assertProblem(api.postRaw(line(1, "shipment"), "{\"shippedDate\": }"), HttpStatus.BAD_REQUEST,
                "Malformed request body");

        assertLineUntouched(1);
    }

    @Test
    void aShipmentCannotComeAfterTheArrivalOfTheSameLine() {
        api.post(line(1, "arrival"), arrival(today.minusDays(2)));

        assertInvalid(api.post(line(1, "shipment"), shipment(today.minusDays(1), "SF", "SF1", null)), "shippedDate");
        assertThat(api.list(line(1, "events"))).hasSize(1);
    }

    @Test
    void badArrivalsAreRefusedAndChangeNothing() {
        assertInvalid(api.post(line(1, "arrival"), json()), "arrivalDate", "reportedBy");
        assertInvalid(api.post(line(1, "arrival"), arrival(today.plusDays(1))), "arrivalDate");
        assertInvalid(api.post(line(1, "arrival"), arrival(today.minusYears(3))), "arrivalDate");
        assertLineUntouched(1);

        api.post(line(1, "shipment"), shipment(today.minusDays(1), "SF", "SF1", null));
        assertInvalid(api.post(line(1, "arrival"), arrival(today.minusDays(2))), "arrivalDate");
        assertThat(api.list(line(1, "events"))).hasSize(1);
        assertThat(orderDetail().path("materials").get(0).has("arrivalDate")).isFalse();
    }

    @Test
    void anUnknownLineOrOrderIsNotFound() {
        assertProblem(api.post(line(9, "shipment"), shipment(today, "SF", "SF1", null)), HttpStatus.NOT_FOUND,
                "Not found");
        assertProblem(api.post(line(9, "arrival"), arrival(today)), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(line(9, "events")), HttpStatus.NOT_FOUND, "Not found");
        String unknownOrder = "/api/orders/" + TestData.uniqueOrderNo() + "/materials/1/";
        assertProblem(api.post(unknownOrder + "shipment", shipment(today, "SF", "SF1", null)), HttpStatus.NOT_FOUND,
                "Not found");
        assertProblem(api.post(unknownOrder + "arrival", arrival(today)), HttpStatus.NOT_FOUND, "Not found");
        assertProblem(api.get(unknownOrder + "events"), HttpStatus.NOT_FOUND, "Not found");
        assertInvalid(api.post("/api/orders/" + orderNo + "/materials/one/shipment",
                shipment(today, "SF", "SF1", null)), "lineNo");
        assertLineUntouched(1);
    }

    @Test
    void aCancelledOrderTakesNoMaterialReports() {
        orders.cancel(orderNo, "customer dropped the style");

        assertProblem(api.post(line(1, "shipment"), shipment(today, "SF", "SF1", null)), HttpStatus.CONFLICT,
                "Conflict");
        assertProblem(api.post(line(1, "arrival"), arrival(today)), HttpStatus.CONFLICT, "Conflict");
        assertLineUntouched(1);
    }

    private String line(int lineNo, String what) {
        return "/api/orders/" + orderNo + "/materials/" + lineNo + "/" + what;
    }

    private static Map<String, Object> shipment(LocalDate shipped, String carrier, String trackingNo, LocalDate eta) {
        return json("shippedDate", shipped, "carrier", carrier, "trackingNo", trackingNo, "eta", eta,
                "reportedBy", "supplier.kq");
    }

    private static Map<String, Object> arrival(LocalDate arrived) {
        return json("arrivalDate", arrived, "reportedBy", "merch");
    }

    private JsonNode orderDetail() {
        ResponseEntity<JsonNode> response = api.get("/api/orders/" + orderNo);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void assertLineUntouched(int lineNo) {
        JsonNode material = orderDetail().path("materials").get(lineNo - 1);
        assertThat(material.has("shippedDate")).isFalse();
        assertThat(material.has("eta")).isFalse();
        assertThat(material.has("arrivalDate")).isFalse();
        assertThat(api.list(line(lineNo, "events"))).isEmpty();
        assertThat(received.of(orderNo)).isEmpty();
    }
}
