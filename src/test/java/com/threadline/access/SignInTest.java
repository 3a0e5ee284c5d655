package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import com.threadline.people.TestPeople;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in: HTTP Basic for the APIs, our login form and a session for pages, CSRF tokens for session requests,
 * and the same user in Camunda's webapps and engine REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

    /** Opening Tasklist is when Camunda's webapps take over the signed-in user. */
    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    TestPeople people;
    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    private ApiClient api;
    private BrowserSession browser;
    private String me;

    @BeforeEach
    void setUp() {
        api = new ApiClient(rest, json);
        browser = new BrowserSession(port);
        data.ensureRoleUsers();
        me = people.newUser("登录");
    }

    @Test
    void anAnonymousApiCallIsChallengedForBasicCredentials() {
        Response response = api.anonymous().get("/api/orders");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ApiClient wrong = new ApiClient(rest, json).withPassword(me, "wrong");

        assertThat(wrong.get("/api/orders").status()).isEqualTo(401);
        assertThat(api.as(me).get("/api/orders").status()).isEqualTo(200);
    }

    @Test
    void onlyTheLoginPageStaticAssetsAndHealthArePublic() {
        assertThat(browser.get("/login.html").statusCode()).isEqualTo(200);
        assertThat(browser.get("/login.html").body()).contains("登录");
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);

        assertThat(redirect(browser.get("/swagger-ui.html"))).endsWith("/login.html");
        assertThat(redirect(browser.get("/camunda/app/tasklist/"))).endsWith("/login.html");
        assertThat(browser.get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(api.as(me).get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void theLoginFormStartsASession() {
        HttpResponse<String> signedIn = browser.signIn(me, TestData.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(redirect(signedIn)).doesNotContain("error");
        assertThat(browser.get("/api/inbox/unread-count").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInLeadsStaffToTheOrdersAndPartnersToTheirPhonePage() {
        assertThat(redirect(signedInAs(me).get("/"))).endsWith("/orders");
        assertThat(redirect(signedInAs(data.factoryUser()).get("/"))).endsWith("/m/factory.html");
        assertThat(redirect(signedInAs(data.supplierUser()).get("/"))).endsWith("/m/supplier.html");
    }

    @Test
    void anOrdersPageIsThePageOfThatOrder() {
        HttpResponse<String> page = signedInAs(me).get("/orders/PO-2026-1001");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("变更记录").contains("T&amp;A 计划");
    }

    @Test
    void signingOutEndsTheSession() {
        BrowserSession session = signedInAs(me);

        HttpResponse<String> signedOut = session.postJson("/logout", "{}", true);

        assertThat(signedOut.statusCode()).as("the pages' script posts JSON and then shows the login page")
                .isEqualTo(204);
        assertThat(session.get("/api/inbox/unread-count").statusCode()).isEqualTo(401);
    }

    private BrowserSession signedInAs(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, TestData.PASSWORD);
        return session;
    }

    @Test
    void aWrongPasswordOnTheFormSendsBackToTheLoginPage() {
        HttpResponse<String> refused = browser.signIn(me, "wrong");

        assertThat(redirect(refused)).endsWith("/login.html?error");
        assertThat(browser.get("/api/inbox/unread-count").statusCode()).isEqualTo(401);
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() {
        browser.get("/login.html");

        HttpResponse<String> refused = browser.postForm("/login",
                Map.of("username", me, "password", TestData.PASSWORD), false);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/inbox/unread-count").statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeWithinASessionNeedsTheCsrfTokenAndOneWithBasicCredentialsDoesNot() {
        browser.signIn(me, TestData.PASSWORD);
        String heartbeat = "/api/people/" + me + "/heartbeat";

        assertThat(browser.postJson(heartbeat, "{}", false).statusCode()).isEqualTo(403);
        assertThat(browser.postJson(heartbeat, "{}", true).statusCode()).isEqualTo(200);
        assertThat(api.as(me).post(heartbeat, "{}").status()).isEqualTo(200);
    }

    @Test
    void camundasWebappsKnowTheSignedInUserAndTheAppsOfItsRoles() {
        browser.signIn(TestData.userOf("merchandiser"), TestData.PASSWORD);

        assertThat(browser.get(TASKLIST).statusCode()).isEqualTo(200);
        HttpResponse<String> merchandiser = browser.get("/camunda/api/admin/auth/user/default");

        assertThat(merchandiser.statusCode()).as(merchandiser.body()).isEqualTo(200);
        assertThat(merchandiser.body()).contains("\"userId\":\"tmerchandiser\"").contains("tasklist")
                .doesNotContain("cockpit");
        BrowserSession gm = new BrowserSession(port);
        gm.signIn(TestData.userOf("gm"), TestData.PASSWORD);
        assertThat(gm.get(TASKLIST).statusCode()).isEqualTo(200);
        assertThat(gm.get("/camunda/api/admin/auth/user/default").body()).contains("tasklist").contains("cockpit");
    }

    @Test
    void aTaskIsSeenOnlyByItsCandidateGroup() {
        String orderNo = TestData.uniqueOrderNo();
        assertThat(api.createOrder(data.orderRequest(orderNo)).status()).isEqualTo(201);
        String tasks = "/engine-rest/task?processInstanceBusinessKey=" + orderNo;

        Response merchandiser = api.as(TestData.userOf("merchandiser")).get(tasks);
        Response qc = api.as(TestData.userOf("qc")).get(tasks);

        assertThat(merchandiser.status()).isEqualTo(200);
        assertThat(ApiClient.texts(merchandiser.body(), "taskDefinitionKey")).containsExactly("Task_ConfirmOrder");
        assertThat(qc.status()).isEqualTo(200);
        assertThat(qc.body()).isEmpty();
    }

    @Test
    void factoryAndSupplierUsersHaveNoWebappOrEngineAccess() {
        String factoryUser = data.factoryUser();
        BrowserSession factory = new BrowserSession(port);
        factory.signIn(factoryUser, TestData.PASSWORD);

        assertThat(api.as(factoryUser).get("/engine-rest/task").status()).isEqualTo(403);
        Response refused = api.as(factoryUser).get("/api/orders/{no}/logistics", "ANY");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).as(refused.toString()).isTrue();
        assertThat(refused.body().path("title").asText()).isEqualTo("Forbidden");
        assertThat(api.as(data.supplierUser()).get("/engine-rest/task").status()).isEqualTo(403);
        assertThat(factory.get(TASKLIST).statusCode()).isEqualTo(403);
        assertThat(factory.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
    }

    @Test
    void camundaKnowsEveryUserWithTheGroupsOfItsRolesButNoUsablePassword() {
        String merchandiser = TestData.userOf("merchandiser");

        assertThat(identity.createUserQuery().userId(me).count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().groupMember(merchandiser).list()).extracting(Group::getId)
                .containsExactly("merchandiser");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("camunda-admin");
        assertThat(identity.checkPassword(merchandiser, TestData.PASSWORD)).isFalse();
        assertThat(identity.checkPassword(me, TestData.PASSWORD)).isFalse();
    }

    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
