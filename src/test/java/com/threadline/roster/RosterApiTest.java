package com.threadline.roster;

import static com.threadline.TestData.userOf;
import static com.threadline.web.Problems.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.access.Accounts;
import com.threadline.access.Role;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * /api/roster and {@link DutyRoster}: who stands behind a role on a day through a rotation, a leave with its
 * deputy and a manager's override. The QC role gets made-up members here; the rotation is put back to the test
 * QC alone afterwards, so other tests see the role as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    Accounts accounts;
    @Autowired
    DutyRoster roster;
    @Autowired
    Clock clock;
    @Autowired
    TestData data;

    private ApiClient gm;
    private LocalDate today;
    private String first;
    private String second;
    private String standIn;

    @BeforeEach
    void setUp() {
        data.ensureRoleUsers();
        gm = new ApiClient(rest, json).as(userOf("gm"));
        today = LocalDate.now(clock);
        first = qc("甲");
        second = qc("乙");
        standIn = qc("丙");
    }

    @AfterEach
    void putTheRoleBack() {
        JsonNode view = gm.get("/api/roster?date={d}", today.plusDays(400)).body();
        for (JsonNode leave : view.path("leaves")) {
            gm.delete("/api/roster/leaves/{id}", leave.path("id").asLong());
        }
        for (JsonNode override : view.path("overrides")) {
            gm.delete("/api/roster/overrides/{id}", override.path("id").asLong());
        }
        assertThat(gm.put("/api/roster/rotations/qc", Map.of("members", List.of(userOf("qc")), "shiftDays", 7,
                "startsOn", today.toString())).status()).isEqualTo(200);
    }

    @Test
    void aRotationHandsTheRoleOnEachShiftAndTheDeputyStandsBehindIt() {
        Response saved = gm.put("/api/roster/rotations/qc", Map.of("members", List.of(first, second), "shiftDays", 2,
                "startsOn", today.toString(), "deputy", standIn));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(roster.onDuty(List.of("qc"), today)).containsExactly(first);
        assertThat(roster.onDuty(List.of("qc"), today.plusDays(1))).containsExactly(first);
        assertThat(roster.onDuty(List.of("qc"), today.plusDays(2))).containsExactly(second);
        assertThat(roster.onDuty(List.of("qc"), today.plusDays(4))).containsExactly(first);
        assertThat(roster.deputyOf("qc", today)).contains(standIn);
        JsonNode qc = roleOn(today);
        assertThat(qc.path("basis").asText()).isEqualTo("ROTATION");
        assertThat(qc.path("onDuty").findValuesAsText("name")).containsExactly("质检 甲");
        assertThat(qc.path("rotation").path("nextHandover").asText()).isEqualTo(today.plusDays(2).toString());
    }

    @Test
    void whoIsOnLeaveHandsOverToTheirDeputyAndAnOverrideWinsOverTheRotation() {
        gm.put("/api/roster/rotations/qc", Map.of("members", List.of(first, second), "shiftDays", 7,
                "startsOn", today.toString()));
        Response leave = gm.post("/api/roster/leaves", Map.of("userId", first, "from", today.toString(),
                "to", today.plusDays(1).toString(), "deputy", standIn, "reason", "年假"));
        Response override = gm.post("/api/roster/overrides", Map.of("role", "qc", "userId", second,
                "from", today.plusDays(1).toString(), "to", today.plusDays(1).toString(), "reason", "总经理安排"));

        assertThat(leave.status()).as(leave.toString()).isEqualTo(201);
        assertThat(override.status()).as(override.toString()).isEqualTo(201);
        assertThat(roster.onDuty(List.of("qc"), today)).containsExactly(standIn);
        JsonNode qc = roleOn(today);
        assertThat(qc.path("away").findValuesAsText("userId")).containsExactly(first);
        assertThat(roster.onDuty(List.of("qc"), today.plusDays(1))).containsExactly(second);
        assertThat(roleOn(today.plusDays(1)).path("basis").asText()).isEqualTo("OVERRIDE");
        assertThat(roster.onDuty(List.of("qc"), today.plusDays(2))).as("the leave is over").containsExactly(first);
    }

    @Test
    void aRoleWithoutRotationIsStoodBehindByAllItsMembers() {
        gm.delete("/api/roster/rotations/qc");

        assertThat(roster.onDuty(List.of("qc"), today)).contains(userOf("qc"), first, second, standIn);
        assertThat(roleOn(today).path("basis").asText()).isEqualTo("ALL_MEMBERS");
    }

    @Test
    void badInputNamesItsFieldAndOnlyTheGmOrTheAdministratorChangesTheRoster() {
        assertInvalid(gm.put("/api/roster/rotations/qc", Map.of("members", List.of(userOf("merchandiser")),
                "shiftDays", 7, "startsOn", today.toString())), "members");
        assertInvalid(gm.put("/api/roster/rotations/qc", Map.of("members", List.of(first), "shiftDays", 0,
                "startsOn", today.toString())), "shiftDays");
        assertInvalid(gm.post("/api/roster/leaves", Map.of("userId", first, "from", today.toString(),
                "to", today.minusDays(1).toString(), "deputy", standIn)), "to");
        assertInvalid(gm.post("/api/roster/leaves", Map.of("userId", first, "from", today.toString(),
                "to", today.toString(), "deputy", first)), "deputy");
        assertInvalid(gm.post("/api/roster/overrides", Map.of("role", "factory", "userId", first,
                "from", today.toString(), "to", today.toString())), "role");
        ApiClient merchandiser = new ApiClient(rest, json).as(userOf("merchandiser"));
        assertThat(merchandiser.put("/api/roster/rotations/qc", Map.of("members", List.of(first), "shiftDays", 7,
                "startsOn", today.toString())).status()).isEqualTo(403);
        assertThat(merchandiser.get("/api/roster").status()).isEqualTo(200);
        assertThat(roster.onDuty(List.of("qc"), today)).as("nothing half-written").doesNotContain(userOf("merchandiser"));
    }

    private JsonNode roleOn(LocalDate day) {
        Response view = gm.get("/api/roster?date={d}", day);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        for (JsonNode role : view.body().path("roles")) {
            if (role.path("role").asText().equals("qc")) {
                return role;
            }
        }
        throw new AssertionError("no qc in " + view);
    }

    private String qc(String name) {
        String login = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.createInternal(login, "质检 " + name, TestData.PASSWORD, java.util.Set.of(Role.QC));
        return login;
    }
}
