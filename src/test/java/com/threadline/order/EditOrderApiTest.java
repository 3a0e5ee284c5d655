package com.threadline.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** PATCH /api/orders/{no}: the facts that need no approval, changed in place and audited; every bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditOrderApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private String orderNo;
    private LocalDate due;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        orderNo = TestData.uniqueOrderNo();
        due = testData.today().plusDays(100);
        Response created = api.createOrder(testData.orderRequest(orderNo, due));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void styleRemarksAndMaterialDatesChangeInPlaceAndTheTrailSaysWhoChangedThem() {
        LocalDate later = due.minusDays(30);

        Response edited = api.patch("/api/orders/{no}", Map.of("style", "W-JK-2301 女式夹克 加长款",
                "remarks", "客人要求吊牌改新版", "materials", List.of(Map.of("lineNo", 1, "poDueDate", later))), orderNo);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().path("style").asText()).isEqualTo("W-JK-2301 女式夹克 加长款");
        assertThat(edited.body().path("remarks").asText()).isEqualTo("客人要求吊牌改新版");
        JsonNode fabric = edited.body().path("materials").get(0);
        assertThat(fabric.path("poDueDate").asText()).isEqualTo(later.toString());
        assertThat(fabric.path("expectedInHouse").asText()).isEqualTo(later.toString());
        assertThat(ApiClient.milestone(edited.body(), "FABRIC_IN_HOUSE").path("forecastDate").asText())
                .as("the in-house milestone waits for the later PO date").isEqualTo(later.toString());
        assertThat(edited.body().path("dueDate").asText()).as("the due date is not changed here").isEqualTo(due.toString());

        JsonNode trail = api.get("/api/orders/{no}/audit?entity=Order", orderNo).body().path("items");
        assertThat(ApiClient.stream(trail).anyMatch(row -> row.path("changes").has("remarks")
                && row.path("who").asText().equals("admin"))).as(trail.toString()).isTrue();
    }

    @Test
    void aFieldLeftOutStaysAndABlankRemarkClearsTheRemarks() {
        api.patch("/api/orders/{no}", Map.of("remarks", "先做大货"), orderNo);

        Response cleared = api.patch("/api/orders/{no}", Map.of("remarks", " "), orderNo);

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().path("style").asText()).isEqualTo("W-JK-2301");
        assertThat(cleared.body().has("remarks")).isFalse();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Response blankStyle = api.patch("/api/orders/{no}", Map.of("style", "  "), orderNo);
        Response longRemarks = api.patch("/api/orders/{no}", Map.of("remarks", "长".repeat(1001)), orderNo);
        Response unknownLine = api.patch("/api/orders/{no}", Map.of("style", "新款式",
                "materials", List.of(Map.of("lineNo", 9, "poDueDate", due.minusDays(20)))), orderNo);
        Response afterDue = api.patch("/api/orders/{no}", Map.of("materials",
                List.of(Map.of("lineNo", 1, "poDueDate", due.plusDays(1)))), orderNo);
        Response noDate = api.patch("/api/orders/{no}", Map.of("materials", List.of(Map.of("lineNo", 1))), orderNo);
        Response badDate = api.patch("/api/orders/{no}", "{\"materials\":[{\"lineNo\":1,\"poDueDate\":\"soon\"}]}",
                orderNo);

        assertThat(blankStyle.status()).isEqualTo(400);
        assertThat(blankStyle.errorFields()).containsExactly("style");
        assertThat(longRemarks.errorFields()).containsExactly("remarks");
        assertThat(unknownLine.status()).isEqualTo(400);
        assertThat(unknownLine.errorFields()).containsExactly("materials[0].lineNo");
        assertThat(afterDue.errorFields()).containsExactly("materials[0].poDueDate");
        assertThat(noDate.errorFields()).containsExactly("materials[0].poDueDate");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).containsExactly("materials[0].poDueDate");
        assertThat(api.order(orderNo).body().path("style").asText()).as("nothing half-written").isEqualTo("W-JK-2301");
    }

    @Test
    void aCancelledOrderIsNoLongerEditedAndAnUnknownOneIsNotFound() {
        api.cancel(orderNo, Map.of("reason", "客户取消"));

        assertThat(api.patch("/api/orders/{no}", Map.of("style", "x"), orderNo).status()).isEqualTo(409);
        assertThat(api.patch("/api/orders/{no}", Map.of("style", "x"), "NO-SUCH-ORDER").status()).isEqualTo(404);
    }

    @Test
    void aFactoryUserMayNotEditOrders() {
        Response response = api.withPassword(testData.factoryUser(), TestData.PASSWORD)
                .patch("/api/orders/{no}", Map.of("style", "x"), orderNo);

        assertThat(response.status()).isEqualTo(403);
    }
}
