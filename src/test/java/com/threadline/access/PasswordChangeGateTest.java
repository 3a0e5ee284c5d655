package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator flagged as the initial one (outside the demo: admin/admin) sees nothing but the password page
 * until they chose a password of their own; then everything is open to them as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeGateTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    Accounts accounts;

    private String firstAdmin;
    private ApiClient api;

    @BeforeEach
    void initialAdministrator() {
        firstAdmin = "first" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.createInternal(firstAdmin, "系统管理员", "admin", Set.of(Role.ADMIN));
        accounts.requirePasswordChange(firstAdmin);
        api = new ApiClient(rest, json).withPassword(firstAdmin, "admin");
    }

    @Test
    void everyPageLeadsToThePasswordPageAndTheApiSaysWhy() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(firstAdmin, "admin");

        assertThat(browser.get("/orders").headers().firstValue("Location").orElse(""))
                .endsWith("/m/password.html?required");
        assertThat(browser.get("/admin/users.html").headers().firstValue("Location").orElse(""))
                .endsWith("/m/password.html?required");
        assertThat(browser.get("/m/password.html?required").statusCode()).isEqualTo(200);
        Response refused = api.get("/api/users");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body().path("title").asText()).isEqualTo("Password change required");
        assertThat(api.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void onceChangedEverythingIsOpenAndTheOldPasswordIsGone() {
        Response same = api.post("/api/me/password", Map.of("currentPassword", "admin", "newPassword", "admin"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.errorFields()).contains("newPassword");

        Response changed = api.post("/api/me/password",
                Map.of("currentPassword", "admin", "newPassword", "my-own-secret-1"));
        assertThat(changed.status()).isEqualTo(204);

        ApiClient signedInAnew = new ApiClient(rest, json).withPassword(firstAdmin, "my-own-secret-1");
        assertThat(signedInAnew.get("/api/users").status()).isEqualTo(200);
        assertThat(api.get("/api/users").status()).isEqualTo(401);
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> signedIn = browser.signIn(firstAdmin, "my-own-secret-1");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.get("/orders").statusCode()).isEqualTo(200);
    }
}
