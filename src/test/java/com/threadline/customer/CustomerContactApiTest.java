package com.threadline.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A customer's contacts on the desk: added, edited, one phone or email per contact. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerContactApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;
    private String unique;
    private long customerId;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensureRoleUsers();
        unique = UUID.randomUUID().toString().substring(0, 8);
        customerId = api.post("/api/customers", api.object().put("name", "Contacts " + unique)).body().path("id")
                .asLong();
    }

    @Test
    void aContactIsAddedEditedAndListed() {
        Response added = api.post("/api/customers/{id}/contacts", contact("Anna", "+46 70 " + digits(), null),
                customerId);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        Response edited = api.put("/api/customers/{id}/contacts/{contact}",
                contact("Anna L.", null, unique + "@Example.com").put("optIn", true), customerId,
                added.body().path("id").asLong());

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        Response listed = api.get("/api/customers/{id}/contacts", customerId);
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).path("name").asText()).isEqualTo("Anna L.");
        assertThat(listed.body().get(0).path("email").asText()).isEqualTo(unique + "@Example.com");
        assertThat(listed.body().get(0).path("optIn").asBoolean()).isTrue();
        assertThat(listed.body().get(0).has("phone")).isFalse();
    }

    @Test
    void aPhoneOfAnotherContactIsRefusedNamingTheField() {
        String phone = "+86 139 " + digits();
        api.post("/api/customers/{id}/contacts", contact("First", phone, null), customerId);

        Response again = api.post("/api/customers/{id}/contacts", contact("Second", phone.replace(" ", "-"), null),
                customerId);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().toString()).contains("\"field\":\"phone\"");
    }

    @Test
    void aContactWithoutPhoneOrEmailIsRefused() {
        Response refused = api.post("/api/customers/{id}/contacts", contact("Nobody", null, null), customerId);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/api/customers/{id}/contacts", customerId).body()).isEmpty();
    }

    private com.fasterxml.jackson.databind.node.ObjectNode contact(String name, String phone, String email) {
        return api.object().put("name", name).put("phone", phone).put("email", email);
    }

    private static String digits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000L);
    }
}
