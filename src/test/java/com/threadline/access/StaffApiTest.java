package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** GET /api/staff and /api/staff/names: the people the desk's pickers offer, by name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData testData;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        testData.ensureRoleUsers();
    }

    @Test
    void theMembersOfARoleComeWithTheirNames() {
        Response merchandisers = api.as(TestData.userOf("merchandiser")).get("/api/staff?role=merchandiser");

        assertThat(merchandisers.status()).as(merchandisers.toString()).isEqualTo(200);
        assertThat(ApiClient.stream(merchandisers.body())
                .filter(p -> p.path("login").asText().equals("tmerchandiser"))
                .map(p -> p.path("name").asText())).containsExactly("merchandiser test");
        assertThat(ApiClient.texts(merchandisers.body(), "login")).doesNotContain("tgm");
    }

    @Test
    void namesAreFoundByLoginAndUnknownLoginsLeftOut() {
        Response names = api.get("/api/staff/names?logins=tgm,tqc,nobody");

        assertThat(names.status()).isEqualTo(200);
        assertThat(names.body().path("tgm").asText()).isEqualTo("gm test");
        assertThat(names.body().path("tqc").asText()).isEqualTo("qc test");
        assertThat(names.body().has("nobody")).isFalse();
    }

    @Test
    void badInputIsRefusedOnItsField() {
        assertThat(api.get("/api/staff?role=factory").errorFields()).containsExactly("role");
        assertThat(api.get("/api/staff?role=boss").errorFields()).containsExactly("role");
        assertThat(api.get("/api/staff").status()).isEqualTo(400);
        assertThat(api.get("/api/staff/names").status()).isEqualTo(400);
        assertThat(api.get("/api/staff/names?logins=" + "a,".repeat(201)).errorFields()).containsExactly("logins");
    }

    @Test
    void factoryUsersDoNotReadTheStaffList() {
        Response response = api.withPassword(testData.factoryUser(), TestData.PASSWORD).get("/api/staff?role=gm");

        assertThat(response.status()).isEqualTo(403);
    }
}
