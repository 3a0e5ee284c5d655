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

/** The desk's layout as each kind of staff gets it: their links only, Chinese texts, the company's zone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskLayoutTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        data.ensureRoleUsers();
        data.ensurePartners();
    }

    @Test
    void aMerchandiserSeesTheDeskLinksButNotTheAdministratorsPages() {
        String page = page(TestData.userOf("merchandiser"), TestData.PASSWORD, "/orders");

        assertThat(page).contains("href=\"/orders\"", "href=\"/m/approvals.html\"", "href=\"/camunda/app/tasklist/\"")
                .doesNotContain("href=\"/admin/users\"", "href=\"/admin/notifications\"");
        assertThat(page).contains("<title>订单 · Threadline 跟单</title>", "merchandiser test");
    }

    @Test
    void theAdministratorSeesTheAdministrationLinks() {
        String page = page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/orders");

        assertThat(page).contains("href=\"/admin/users\"", "href=\"/admin/notifications\"");
    }

    @Test
    void thePageCarriesTheCompanysZoneAndTheScriptTextsOfTheBundle() {
        String page = page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/orders");

        assertThat(page).contains("zone: \"Asia\\/Shanghai\"", "\"enum.Stage.DESIGN\":\"设计\"",
                "\"js.orders.customer\":\"客户\"");
    }

    @Test
    void theFactoryFilterListsTheFactoriesByName() {
        String page = page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/orders");

        assertThat(page).containsPattern("<option value=\"" + TestData.FACTORY + "\">[^<]+</option>");
    }

    @Test
    void theOldAddressOfTheListLeadsToTheNewOne() {
        assertThat(page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/orders.html"))
                .contains("<title>订单 · Threadline 跟单</title>", "src=\"/js/orders.js\"");
    }

    @Test
    void staffReadTheCalendarPageAndOnlyEditorsGetItsForms() {
        String merchandiser = page(TestData.userOf("merchandiser"), TestData.PASSWORD, "/calendars");
        assertThat(merchandiser).contains("<title>工作日历 · Threadline 跟单</title>", "href=\"/calendars\"",
                "src=\"/js/calendars.js\"", "data-can-edit=\"false\"").doesNotContain("id=\"days\"");

        String planner = page(TestData.userOf("planner"), TestData.PASSWORD, "/calendars");
        assertThat(planner).contains("data-can-edit=\"true\"", "id=\"days\"", "id=\"week\"", "春节停工");
    }

    @Test
    void theAdministratorsPagesAreOnTheLayoutAndTheirOldAddressesLeadThere() {
        assertThat(page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/admin/users.html"))
                .contains("<title>用户管理 · Threadline 跟单</title>", "id=\"desk-nav\"", "src=\"/js/users.js\"");
        assertThat(page(TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD, "/admin/notifications.html"))
                .contains("<title>通知投递记录 · Threadline 跟单</title>", "id=\"inbox-badge\"");
    }

    @Test
    void theBrowsersOwnFaviconRequestGetsOursWithoutSigningIn() {
        ResponseEntity<String> icon = rest.getForEntity("/favicon.ico", String.class);

        assertThat(icon.getStatusCode().value()).isEqualTo(200);
        assertThat(icon.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
    }

    private String page(String login, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> response = rest.withBasicAuth(login, password)
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.toString()).isEqualTo(200);
        return response.getBody();
    }
}
