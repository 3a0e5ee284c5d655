package com.threadline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A phone's resend with the same Idempotency-Key gets the first answer and changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    TestData data;

    private PortalApi api;
    private String orderNo;
    private LocalDate today;

    @BeforeEach
    void openOrder() {
        api = new PortalApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        today = data.today();
    }

    @Test
    void theSameOutputReportSentTwiceWithOneIdIsStoredOnceAndAnsweredAsTheFirstTime() {
        String key = newKey();
        ResponseEntity<JsonNode> first = api.post(outputPath(), output(today, 100), key);
        ResponseEntity<JsonNode> again = api.post(outputPath(), output(today, 100), key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(first.getBody());
        JsonNode stored = api.get(outputPath()).getBody();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("quantity").asInt()).isEqualTo(100);
    }

    @Test
    void aKeySentAgainWithAnotherBodyIsRefusedAndTheFirstReportStands() {
        String key = newKey();
        api.post(outputPath(), output(today, 100), key);
        // a buggy client reuses its key for another input
        ResponseEntity<JsonNode> reused = api.post(outputPath(), output(today, 150), key);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        JsonNode stored = api.get(outputPath()).getBody();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("quantity").asInt()).isEqualTo(100);
    }

    @Test
    void aDifferentIdIsANewReport() {
        api.post(outputPath(), output(today.minusDays(1), 100), newKey());
        ResponseEntity<JsonNode> second = api.post(outputPath(), output(today, 80), newKey());

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getHeaders().containsKey("Idempotency-Replayed")).isFalse();
        assertThat(api.get(outputPath()).getBody().findValuesAsText("quantity")).containsExactly("100", "80");
    }

    @Test
    void anEvidenceUploadSentTwiceWithOneIdIsStoredOnce() {
        String key = newKey();
        Map<String, String> fields = Map.of("orderNo", orderNo, "purpose", "OUTPUT", "uploadedBy", "张厂长");
        JsonNode first = api.upload(SampleFiles.png(), "a.png", "image/png", fields, key).getBody();
        JsonNode again = api.upload(SampleFiles.png(), "a.png", "image/png", fields, key).getBody();
        api.upload(SampleFiles.png(), "b.png", "image/png", fields, newKey());

        assertThat(again.path("id")).isEqualTo(first.path("id"));
        assertThat(api.get("/api/evidence?orderNo=" + orderNo).getBody()).hasSize(2);
    }

    @Test
    void aMilestoneDoneAndAShipmentAreReplayedToo() {
        String milestoneKey = newKey();
        String path = "/api/orders/" + orderNo + "/milestones/ORDER_CONFIRMED/actual";
        api.post(path, Map.of("actualDate", today.toString()), milestoneKey);
        ResponseEntity<JsonNode> milestoneAgain = api.post(path, Map.of("actualDate", today.toString()), milestoneKey);

        String shipmentKey = newKey();
        String shipment = "/api/orders/" + orderNo + "/materials/1/shipment";
        api.post(shipment, Map.of("shippedDate", today.toString(), "carrier", "顺丰", "reportedBy", "何经理"),
                shipmentKey);
        ResponseEntity<JsonNode> shipmentAgain = api.post(shipment, Map.of("shippedDate", today.toString(),
                "carrier", "顺丰", "reportedBy", "何经理"), shipmentKey);

        assertThat(milestoneAgain.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(shipmentAgain.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        JsonNode order = api.get("/api/orders/" + orderNo).getBody();
        assertThat(order.path("milestones").get(0).path("actualDate").asText()).isEqualTo(today.toString());
        assertThat(order.path("materials").get(0).path("shippedDate").asText()).isEqualTo(today.toString());
        assertThat(api.get(shipment.replace("shipment", "events")).getBody()).hasSize(1);
    }

    @Test
    void aRefusedFirstAttemptLeavesTheIdFreeForTheCorrectedResend() {
        String key = newKey();
        ResponseEntity<JsonNode> refused = api.post(outputPath(), output(today.plusDays(3), 100), key);
        ResponseEntity<JsonNode> corrected = api.post(outputPath(), output(today, 100), key);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.get(outputPath()).getBody()).hasSize(1);
    }

    @Test
    void aMalformedIdIsRefusedAndNothingIsStored() {
        ResponseEntity<JsonNode> response = api.post(outputPath(), output(today, 100), "no spaces/allowed");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(api.get(outputPath()).getBody()).isEmpty();
    }

    private String outputPath() {
        return "/api/orders/" + orderNo + "/output";
    }

    private static Map<String, Object> output(LocalDate day, int quantity) {
        return Map.of("reportDate", day.toString(), "stage", "CUTTING", "quantity", quantity, "reportedBy", "张厂长");
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
