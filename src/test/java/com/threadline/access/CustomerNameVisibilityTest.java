package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The company setting on the end customer's name: by default a factory's people see orders without it, and cannot
 * find or sort orders by it, while staff see it; once the administrator shows it to partners, they see it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerNameVisibilityTest {

    private static final String CUSTOMER = "Nordic Outdoor AB";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;

    private ApiClient admin;
    private ApiClient factory;
    private String orderNo;

    @BeforeEach
    void order() {
        admin = new ApiClient(rest, json);
        data.ensureRoleUsers();
        factory = admin.as(data.factoryUser());
        orderNo = TestData.uniqueOrderNo();
        assertThat(admin.createOrder(data.orderRequest(orderNo)).status()).isEqualTo(201);
    }

    @AfterEach
    void backToTheDefault() {
        admin.put("/api/company-settings", Map.of("customerNameToPartners", false));
    }

    @Test
    void byDefaultTheFactorySeesNoCustomerAndCannotSearchForIt() {
        assertThat(admin.get("/api/company-settings").body().path("customerNameToPartners").asBoolean()).isFalse();

        assertThat(factory.get("/api/orders/" + orderNo).body().path("customer").isNull()
                || factory.get("/api/orders/" + orderNo).body().path("customer").isMissingNode()).isTrue();
        assertThat(factory.get("/api/orders/" + orderNo).body().toString()).doesNotContain(CUSTOMER);
        JsonNode list = factory.get("/api/orders?size=100&q=" + orderNo).body();
        assertThat(list.toString()).contains(orderNo).doesNotContain(CUSTOMER);
        assertThat(factory.get("/api/orders?q=Nordic Outdoor").body().path("total").asLong())
                .as("no finding orders by the hidden name").isZero();
        Response sorted = factory.get("/api/orders?sort=customer,asc");
        assertThat(sorted.status()).isEqualTo(400);
        assertThat(sorted.errorFields()).containsExactly("sort");

        assertThat(admin.as(TestData.userOf("merchandiser")).get("/api/orders/" + orderNo).body()
                .path("customer").asText()).isEqualTo(CUSTOMER);
        assertThat(admin.as(TestData.userOf("merchandiser")).get("/api/orders?q=Nordic Outdoor").body()
                .path("total").asLong()).isPositive();
    }

    @Test
    void theAdministratorShowsTheCustomerToPartners() {
        assertThat(admin.as(TestData.userOf("gm")).put("/api/company-settings",
                Map.of("customerNameToPartners", true)).status()).as("the administrator's alone").isEqualTo(403);

        Response changed = admin.put("/api/company-settings", Map.of("customerNameToPartners", true));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("customerNameToPartners").asBoolean()).isTrue();
        assertThat(factory.get("/api/orders/" + orderNo).body().path("customer").asText()).isEqualTo(CUSTOMER);
        assertThat(factory.get("/api/orders?size=100&q=" + orderNo).body().toString()).contains(CUSTOMER);
    }
}
