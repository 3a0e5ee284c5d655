package com.threadline.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.threadline.TestData;
import com.threadline.risk.RiskScenarioData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the phone pages in Debian's Chromium: each scenario is a script in src/test/browser driven by playwright-core
 * against this test's server. Without node, playwright-core or Chromium the scenarios are skipped, unless
 * THREADLINE_BROWSER_TESTS=required (as in .ci/run), when that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserScenariosTest {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    RiskScenarioData riskData;

    @BeforeAll
    static void browserAvailable() {
        String missing = !commandWorks("node", "--version") ? "node is not on the PATH"
                : !Files.isDirectory(Path.of("node_modules/playwright-core")) ? "playwright-core is not installed (npm ci)"
                : !Files.isExecutable(Path.of(CHROMIUM)) ? "Chromium is missing at " + CHROMIUM + " (apt-get install chromium)"
                : null;
        if ("required".equals(System.getenv("THREADLINE_BROWSER_TESTS"))) {
            assertThat(missing).as("browser tests are required, but").isNull();
        }
        assumeTrue(missing == null, () -> "browser scenarios skipped: " + missing);
    }

    /**
     * Scenarios that sign in as a role (approval-decide as the business owner) use the test users of the roles;
     * first-password signs in as an administrator who still has the initial password.
     */
    @BeforeEach
    void roleUsers() {
        data.ensureRoleUsers();
        data.initialAdministrator("tfirstadmin", "admin");
        data.supplierUser();
    }

    @ParameterizedTest
    @ValueSource(strings = {"factory-report", "supplier-shipment", "offline-replay", "live-update",
            "alert-confirm", "order-page", "order-entry", "order-change", "admin-users", "approval-decide",
            "delivery-attempts", "calendar-edit", "admin-unlock", "first-password", "evidence-share", "inbox-live",
            "alert-handle", "tasklist-card", "roster-edit", "alert-snooze",
            "buyer-page", "order-import", "start-checks", "order-sizes", "order-export", "dashboard",
            "order-diagnosis", "rule-health", "alert-analytics", "capacity-board", "rush-order", "delivery-risk"})
    void scenarioPasses(String script) throws IOException, InterruptedException {
        String only = System.getProperty("scenario");
        assumeTrue(only == null || only.isBlank() || List.of(only.split(",")).contains(script),
                () -> "only -Dscenario=" + only + " runs");
        if (script.equals("delivery-risk")) {
            riskData.prepare();
        }
        try {
            run(script);
        } finally {
            if (script.equals("delivery-risk")) {
                riskData.cleanUp();
            }
        }
    }

    private void run(String script) throws IOException, InterruptedException {
        File output = File.createTempFile("browser-" + script, ".log");
        Process node = new ProcessBuilder("node", SCRIPTS.resolve(script + ".mjs").toString(),
                "http://localhost:" + port)
                .redirectErrorStream(true)
                .redirectOutput(output)
                .start();
        boolean finished = node.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String log = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(finished).as("%s finished within 5 minutes:%n%s", script, log).isTrue();
        assertThat(node.exitValue()).as("%s exit code:%n%s", script, log).isZero();
        Files.deleteIfExists(output.toPath());
    }

    private static boolean commandWorks(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
