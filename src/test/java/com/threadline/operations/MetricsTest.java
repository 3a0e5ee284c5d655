package com.threadline.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestLogins;
import com.threadline.TestData;
import com.threadline.exception.ExceptionsUnderTest;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.order.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** /actuator/prometheus: for the administrator only, and what it shows moves when an exception is raised. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ExceptionsUnderTest.Fixtures fixtures;
    @Autowired
    MonitorRunner monitors;
    @Autowired
    TestData data;

    private ExceptionsUnderTest exceptions;

    @BeforeEach
    void client() {
        exceptions = fixtures.using(new ApiClient(rest, json));
    }

    @Test
    void onlyTheAdministratorReadsTheMetrics() {
        data.ensureRoleUsers();

        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth(TestData.userOf("gm"), TestData.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> scrape = TestLogins.asAdmin(rest).getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        assertThat(scrape.getHeaders().getContentType().toString()).startsWith("text/plain");
    }

    @Test
    void requestsAreTimedButNotEachSecurityFilterOfThem() {
        TestLogins.asAdmin(rest).getForEntity("/api/orders?size=1", String.class);

        String scrape = scrape();
        assertThat(scrape).contains("http_server_requests_seconds_count{").doesNotContain("spring_security_");
    }

    @Test
    void anExceptionRaisedMovesTheAlertLatencyOpenAndMonitorFigures() {
        String before = scrape();
        String orderNo = exceptions.newOrder();

        exceptions.open(exceptions.materialDelay(orderNo, 3));
        // on another order: a scan of this one would clear the made-up finding
        monitors.run(List.of(exceptions.newOrder()));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(sample(scrape(), "threadline_exceptions_open", "grade=\"P1\""))
                        .isGreaterThanOrEqualTo(sample(before, "threadline_exceptions_open", "grade=\"P1\"") + 1));
        String after = scrape();
        assertThat(sample(after, "threadline_alerts_sent_total", "channel=\"INBOX\"", "grade=\"P1\""))
                .isGreaterThanOrEqualTo(sample(before, "threadline_alerts_sent_total", "channel=\"INBOX\"",
                        "grade=\"P1\"") + 1);
        assertThat(sample(after, "threadline_exceptions_first_notification_seconds_count", "grade=\"P1\""))
                .isEqualTo(sample(before, "threadline_exceptions_first_notification_seconds_count", "grade=\"P1\"")
                        + 1);
        assertThat(after).containsPattern("threadline_exceptions_first_notification_seconds_bucket\\{.*grade=\"P1\""
                + ".*le=\"");
        assertThat(sample(after, "threadline_monitor_pass_seconds_count", "monitor=\"MATERIAL_DELAY\"",
                "scope=\"changed\"")).isGreaterThan(sample(before, "threadline_monitor_pass_seconds_count",
                "monitor=\"MATERIAL_DELAY\"", "scope=\"changed\""));
        for (String level : List.of("threadline_jobs_due", "threadline_jobs_failed", "threadline_incidents_open",
                "threadline_live_streams")) {
            assertThat(after).containsPattern("(?m)^" + level + "(\\{[^}]*\\})? \\d");
        }
    }

    @Test
    void theExampleDashboardAsksForMetricsTheAppPublishes() throws IOException {
        exceptions.open(exceptions.materialDelay(exceptions.newOrder(), 3));
        String scrape = scrape();
        String dashboard = Files.readString(Path.of("docs/grafana-dashboard.json"));

        List<String> asked = Pattern.compile("(threadline_[a-z_]+|hikaricp_[a-z_]+|http_server_requests_[a-z_]+)")
                .matcher(dashboard).results().map(m -> m.group(1)).distinct().toList();

        assertThat(asked).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(scrape)
                .containsPattern("(?m)^" + name + "[{ ]"));
    }

    private String scrape() {
        ResponseEntity<String> scrape = TestLogins.asAdmin(rest).getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        return scrape.getBody();
    }

    /** The sum of the samples of {@code name} whose labels include all of {@code labels}; 0 when there is none. */
    private static double sample(String scrape, String name, String... labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (!line.matches(Pattern.quote(name) + "(\\{.*\\})? .*")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
