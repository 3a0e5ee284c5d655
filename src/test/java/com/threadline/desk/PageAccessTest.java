package com.threadline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.TestLogins;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Each role is shown only the pages it may open, and a page it may not open says so in Chinese (403) instead of
 * showing an empty form: the administrator's pages to a merchandiser, the approvals and the desk to a factory user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageAccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        data.ensureRoleUsers();
        data.factoryUser();
        data.supplierUser();
    }

    @Test
    void aMerchandiserIsToldPlainlyThatTheUsersPageIsNotForTheirRole() {
        ResponseEntity<String> refused = open(TestData.userOf("merchandiser"), TestData.PASSWORD, "/admin/users.html");

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("无权访问此页面", "不对你的角色（跟单员）开放")
                .doesNotContain("新建用户", "href=\"/admin/users.html\"");
        assertThat(open(TestData.userOf("merchandiser"), TestData.PASSWORD, "/admin/notifications.html")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(open(TestData.userOf("gm"), TestData.PASSWORD, "/admin/notifications.html")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(open(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/admin/users.html").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aFactoryUserIsRefusedTheApprovalsAndTheDeskAndNotLedThere() {
        for (String page : List.of("/m/approvals.html", "/orders", "/calendars", "/m/supplier.html")) {
            ResponseEntity<String> refused = open(TestData.FACTORY_USER, TestData.PASSWORD, page);
            assertThat(refused.getStatusCode().value()).as(page).isEqualTo(403);
            assertThat(refused.getBody()).as(page).contains("不对你的角色（加工厂）开放");
            assertThat(refused.getBody()).as("the navigation of the refusal")
                    .doesNotContain("href=\"/m/approvals.html\"", "href=\"/orders\"")
                    .contains("href=\"/m/exceptions.html\"");
        }
        assertThat(open(TestData.FACTORY_USER, TestData.PASSWORD, "/m/factory.html").getStatusCode().value())
                .isEqualTo(200);
        assertThat(open(TestData.SUPPLIER_USER, TestData.PASSWORD, "/m/factory.html").getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void thePhonePagesAskWhichOfTheirLinksTheUserMayOpen() {
        String ask = "/api/me/pages?path=/m/approvals.html&path=/m/exceptions.html&path=/admin/users.html";

        assertThat(rest.withBasicAuth(TestData.FACTORY_USER, TestData.PASSWORD).getForObject(ask, List.class))
                .containsExactly("/m/exceptions.html");
        assertThat(rest.withBasicAuth(TestData.userOf("merchandiser"), TestData.PASSWORD).getForObject(ask,
                List.class)).containsExactly("/m/approvals.html", "/m/exceptions.html");
        assertThat(rest.withBasicAuth(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD).getForObject(ask, List.class))
                .containsExactly("/m/approvals.html", "/m/exceptions.html", "/admin/users.html");
    }

    private ResponseEntity<String> open(String login, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return rest.withBasicAuth(login, password).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }
}
