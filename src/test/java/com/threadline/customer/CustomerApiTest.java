package com.threadline.customer;

import static com.threadline.order.ApiClient.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET and POST /api/customers, and the customer an order names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;
    @Autowired
    CustomerRepository customers;

    private ApiClient api;
    private String unique;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensurePartners();
        testData.ensureRoleUsers();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCustomerIsAddedAndFoundByAnyPartOfItsNameWhateverTheCase() {
        Response added = api.post("/api/customers", api.object().put("name", "  Fjäll Outdoor " + unique + " AB "));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.body().path("name").asText()).isEqualTo("Fjäll Outdoor " + unique + " AB");
        Response found = api.get("/api/customers?q={q}", "FJÄLL OUTDOOR " + unique.toUpperCase());
        assertThat(texts(found.body(), "name")).containsExactly("Fjäll Outdoor " + unique + " AB");
    }

    @Test
    void theSearchTakesPercentAndUnderscoreLiterally() {
        api.post("/api/customers", api.object().put("name", "100% Cotton_" + unique));
        api.post("/api/customers", api.object().put("name", "1000 Cottons " + unique));

        assertThat(texts(api.get("/api/customers?q={q}", "100% Cotton_" + unique).body(), "name"))
                .containsExactly("100% Cotton_" + unique);
    }

    @Test
    void theSearchGivesAtMostTheLimitInNameOrder() {
        for (String letter : new String[] {"C", "A", "B"}) {
            api.post("/api/customers", api.object().put("name", unique + " " + letter));
        }

        assertThat(texts(api.get("/api/customers?q={q}&limit=2", unique).body(), "name"))
                .containsExactly(unique + " A", unique + " B");
    }

    @Test
    void aNameTakenAlreadyIs409() {
        api.post("/api/customers", api.object().put("name", "Twice " + unique));

        Response again = api.post("/api/customers", api.object().put("name", "Twice " + unique));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankNameIs400NamingTheField(String name) {
        long before = customers.count();

        Response response = api.post("/api/customers", api.object().put("name", name));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
        assertThat(customers.count()).isEqualTo(before);
    }

    @Test
    void aFactoryUserMayNotReadTheCustomers() {
        Response response = api.as(testData.factoryUser()).get("/api/customers");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void ordersNamingANewCustomerAddItOnceAndShowItsName() {
        String name = "New Buyer " + unique;
        for (int i = 0; i < 2; i++) {
            var request = api.tree(testData.orderRequest(TestData.uniqueOrderNo())).put("customer", " " + name + " ");
            Response created = api.createOrder(request);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.body().path("customer").asText()).isEqualTo(name);
        }

        assertThat(customers.findByName(name)).isPresent();
        assertThat(texts(api.get("/api/customers?q={q}", name).body(), "name")).containsExactly(name);
        assertThat(api.get("/api/orders?q={q}", name).body().path("total").asLong()).isEqualTo(2);
    }
}
