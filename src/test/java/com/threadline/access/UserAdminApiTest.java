package com.threadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator manages users; every user changes their own password; changes end old sessions at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdminApiTest {

    private static final String PASSWORD = "long-enough-1";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    private ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(rest, json);
    }

    @Test
    void aNewStaffMemberSignsInWithTheirRolesInTasklistToo() {
        String login = newLogin();

        Response created = admin.post("/api/users", staff(login, "purchaser", "planner"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("organisationKind").asText()).isEqualTo("COMPANY");
        assertThat(ApiClient.stream(created.body().path("roles")).map(JsonNode::asText)).containsExactly("planner",
                "purchaser");
        assertThat(created.body().has("password")).isFalse();
        Response me = admin.withPassword(login, PASSWORD).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(identity.createGroupQuery().groupMember(login).list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("purchaser", "planner");
        assertThat(ApiClient.texts(admin.get("/api/users").body(), "login")).contains(login);
    }

    @Test
    void aFactoryUserBelongsToTheFactoryOfTheCode() {
        data.ensurePartners();
        String login = newLogin();

        Response created = admin.post("/api/users", admin.object().put("login", login).put("displayName", "车间主任")
                .put("password", PASSWORD).put("factoryCode", TestData.FACTORY));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("factoryCode").asText()).isEqualTo(TestData.FACTORY);
        assertThat(created.body().path("roles").toString()).isEqualTo("[\"factory\"]");
        Response me = admin.withPassword(login, PASSWORD).get("/api/me");
        assertThat(me.body().path("factoryCode").asText()).isEqualTo(TestData.FACTORY);
        assertThat(me.body().path("zone").asText()).as("the company's zone, for the phone pages' times")
                .isEqualTo("Asia/Shanghai");
    }

    @Test
    void badInputNamesEveryFieldAndStoresNothing() {
        String login = newLogin();
        ObjectNode body = admin.object().put("login", login).put("displayName", "x").put("password", "short")
                .put("factoryCode", "NO-SUCH").put("supplierCode", "NO-SUCH-EITHER");
        body.putArray("roles").add("merchandiser");

        Response refused = admin.post("/api/users", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("password", "factoryCode", "supplierCode", "roles");
        assertThat(admin.get("/api/users/{login}", login).status()).isEqualTo(404);
    }

    @Test
    void aLoginMustBeLettersAndDigitsAndARoleMustExist() {
        Response badLogin = admin.post("/api/users", staff("no spaces!", "qc"));
        Response badRole = admin.post("/api/users", staff(newLogin(), "chef"));
        Response partnerRole = admin.post("/api/users", staff(newLogin(), "factory"));

        assertThat(badLogin.status()).isEqualTo(400);
        assertThat(badLogin.errorFields()).containsExactly("login");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.errorReason("roles")).hasValue("no role chef");
        assertThat(partnerRole.status()).isEqualTo(400);
        assertThat(partnerRole.errorFields()).containsExactly("roles");
    }

    @Test
    void aTakenLoginIs409() {
        String login = newLogin();
        assertThat(admin.post("/api/users", staff(login, "qc")).status()).isEqualTo(201);

        Response again = admin.post("/api/users", staff(login, "tech"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(ApiClient.stream(admin.get("/api/users/{login}", login).body().path("roles"))
                .map(JsonNode::asText)).containsExactly("qc");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnce() {
        String login = created("merchandiser");
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(login, PASSWORD);
        assertThat(browser.get("/api/inbox/unread-count").statusCode()).isEqualTo(200);

        Response disabled = admin.put("/api/users/{login}", change("停用的人", false, "merchandiser"), login);

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(browser.get("/api/inbox/unread-count").statusCode()).isEqualTo(401);
        assertThat(admin.withPassword(login, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(new BrowserSession(port).signIn(login, PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login.html?error");
    }

    @Test
    void newRolesTakeEffectWithoutWaitingForTheSessionToExpire() {
        String login = created("purchaser");
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(login, PASSWORD);
        assertThat(browser.get("/api/me").body()).contains("purchaser");

        admin.put("/api/users/{login}", change("换岗", true, "qc"), login);

        assertThat(browser.get("/api/me").statusCode()).as("the old session ended").isEqualTo(401);
        browser.signIn(login, PASSWORD);
        assertThat(browser.get("/api/me").body()).contains("qc").doesNotContain("purchaser");
        assertThat(identity.createGroupQuery().groupMember(login).list()).extracting(Group::getId)
                .containsExactly("qc");
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String login = created("tech");
        ApiClient user = admin.withPassword(login, PASSWORD);

        Response wrong = user.post("/api/me/password", Map.of("currentPassword", "guess", "newPassword", "short"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("currentPassword", "newPassword");

        Response changed = user.post("/api/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "another-long-one"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(user.get("/api/me").status()).isEqualTo(401);
        assertThat(admin.withPassword(login, "another-long-one").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theAdministratorResetsAForgottenPassword() {
        String login = created("qc");

        assertThat(admin.post("/api/users/{login}/password", Map.of("password", "abc"), login).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/users/{login}/password", Map.of("password", "reset-by-admin"), login).status())
                .isEqualTo(204);

        assertThat(admin.withPassword(login, "reset-by-admin").get("/api/me").status()).isEqualTo(200);
        assertThat(admin.withPassword(login, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(admin.post("/api/users/{login}/password", Map.of("password", "reset-by-admin"), "nobody0")
                .status()).isEqualTo(404);
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
        String last = created("admin");
        ApiClient lastAdmin = admin.withPassword(last, PASSWORD);
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode user : admin.get("/api/users").body()) {
            if (user.path("enabled").asBoolean() && user.path("roles").toString().contains("\"admin\"")
                    && !user.path("login").asText().equals(last)) {
                others.add(user);
            }
        }
        try {
            others.forEach(other -> assertThat(lastAdmin.put("/api/users/{login}", as(other, false),
                    other.path("login").asText()).status()).isEqualTo(200));

            Response disable = lastAdmin.put("/api/users/{login}", change("最后", false, "admin"), last);
            Response demote = lastAdmin.put("/api/users/{login}", change("最后", true, "gm"), last);

            assertThat(disable.status()).as(disable.toString()).isEqualTo(409);
            assertThat(demote.status()).isEqualTo(409);
        } finally {
            others.forEach(other -> lastAdmin.put("/api/users/{login}", as(other, true), other.path("login").asText()));
        }
        assertThat(admin.get("/api/me").status()).as("the other administrators are back").isEqualTo(200);
    }

    /** The user as it was, enabled or not. */
    private ObjectNode as(JsonNode user, boolean enabled) {
        ObjectNode body = admin.object().put("displayName", user.path("displayName").asText()).put("enabled", enabled);
        body.set("roles", user.path("roles"));
        return body;
    }

    private String created(String role) {
        String login = newLogin();
        Response created = admin.post("/api/users", staff(login, role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return login;
    }

    private ObjectNode staff(String login, String... roles) {
        ObjectNode body = admin.object().put("login", login).put("displayName", "新同事").put("password", PASSWORD);
        for (String role : roles) {
            body.withArray("roles").add(role);
        }
        return body;
    }

    private ObjectNode change(String displayName, boolean enabled, String... roles) {
        ObjectNode body = admin.object().put("displayName", displayName).put("enabled", enabled);
        body.putArray("roles");
        for (String role : roles) {
            body.withArray("roles").add(role);
        }
        return body;
    }

    private static String newLogin() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
