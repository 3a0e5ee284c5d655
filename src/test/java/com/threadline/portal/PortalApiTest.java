package com.threadline.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.threadline.TestData;
import com.threadline.order.OrderService;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The reads of the phone pages and the supplier's stocking progress. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OrderService orders;
    @Autowired
    TestData data;

    private PortalApi api;
    private String orderNo;

    @BeforeEach
    void openOrder() {
        api = new PortalApi(rest);
        orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
    }

    @Test
    void aFactorySeesTheNextMilestonesNotYetDoneOfEachOpenOrder() {
        JsonNode before = find(api.get("/api/factories/" + TestData.FACTORY + "/next-milestones?count=2").getBody());
        String first = before.path("next").get(0).path("code").asText();
        api.post("/api/orders/" + orderNo + "/milestones/" + first + "/actual",
                Map.of("actualDate", data.today().toString()), null);

        JsonNode after = find(api.get("/api/factories/" + TestData.FACTORY + "/next-milestones?count=2").getBody());

        assertThat(before.path("next")).hasSize(2);
        assertThat(after.path("next").get(0).path("code").asText())
                .isEqualTo(before.path("next").get(1).path("code").asText());
    }

    @Test
    void aFactorySeesOnlyTheMilestonesDoneAtTheFactory() {
        JsonNode next = find(api.get("/api/factories/" + TestData.FACTORY + "/next-milestones?count=10").getBody());

        assertThat(StreamSupport.stream(next.path("next").spliterator(), false).map(m -> m.path("code").asText()))
                .hasSize(10).doesNotContain("ORDER_CONFIRMED", "TECH_PACK", "LAB_DIP", "FIT_SAMPLE", "FABRIC_BOOKED")
                .contains("CUTTING_START", "SEWING_START");
    }

    @Test
    void aSupplierSeesItsOpenLinesWithTheLatestStockingProgress() {
        String stocking = "/api/orders/" + orderNo + "/materials/1/stocking";
        api.post(stocking, Map.of("readyPercent", 30, "reportedBy", "何经理"), null);
        ResponseEntity<JsonNode> latest = api.post(stocking, Map.of("readyPercent", 60, "note", "染色中",
                "reportedBy", "何经理"), null);

        JsonNode line = find(api.get("/api/suppliers/" + TestData.FABRIC_SUPPLIER + "/material-lines").getBody());

        assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(line.path("lineNo").asInt()).isEqualTo(1);
        assertThat(line.path("kind").asText()).isEqualTo("FABRIC");
        assertThat(line.path("readyPercent").asInt()).isEqualTo(60);
        assertThat(line.path("poDueDate").asText()).isNotEmpty();
        assertThat(StreamSupport.stream(api.get("/api/suppliers/" + TestData.TRIMS_SUPPLIER + "/material-lines")
                .getBody().spliterator(), false).filter(l -> orderNo.equals(l.path("orderNo").asText())).count())
                .isEqualTo(1);
    }

    @Test
    void aStockingProgressOverAHundredPercentIsRefused() {
        ResponseEntity<JsonNode> response = api.post("/api/orders/" + orderNo + "/materials/1/stocking",
                Map.of("readyPercent", 101, "reportedBy", "何经理"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("errors").get(0).path("field").asText()).isEqualTo("readyPercent");
        JsonNode line = find(api.get("/api/suppliers/" + TestData.FABRIC_SUPPLIER + "/material-lines").getBody());
        assertThat(line.has("readyPercent")).isFalse();
    }

    @Test
    void anUnknownSupplierOrFactoryIsNotFound() {
        assertThat(api.get("/api/suppliers/NOPE/material-lines").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("/api/factories/NOPE/next-milestones").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode find(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> orderNo.equals(item.path("orderNo").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + orderNo + " in " + list));
    }
}
