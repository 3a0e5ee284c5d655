package com.threadline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.portal.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The life of a deployment, on the database this test run uses (H2, or MariaDB/MySQL with profile mysql): the
 * application starts on an empty database and loads the demo world, while the probes are watched; evidence is
 * uploaded; it stops; {@code ops/backup.sh} backs it up and {@code ops/restore.sh} restores it into a fresh database
 * and evidence directory, where every row and file must be as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupBackupRestoreTest {

    /** Rows that must come back as they were: the business tables and the engine's running state (timers too). */
    private static final List<String> TABLES = List.of("orders", "milestone", "order_exception", "exception_event",
            "notification_delivery", "delivery_attempt", "inbox_message", "evidence", "app_user",
            "ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_RU_TASK", "ACT_RU_VARIABLE",
            "ACT_RE_PROCDEF");

    private static final boolean MYSQL = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("mysql");
    private static final String DB_BASE = System.getenv().getOrDefault("THREADLINE_DB_NAME", "threadline");

    private Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Probe> probes = new ArrayList<>();
    private final List<JsonNode> uploaded = new ArrayList<>();
    private Source source;

    /** One reading of the three health answers and of the orders the API showed then; each differs from the last. */
    record Probe(int health, int liveness, int readiness, long orders) {
    }

    /** Where the backed-up world lives, and where it is restored to. */
    record Source(String url, String restoredUrl, Map<String, String> env, Map<String, String> restoredEnv) {
    }

    @BeforeAll
    void startLoadDemoUploadAndStop(@TempDir Path dir) throws Exception {
        this.dir = dir;
        source = MYSQL ? mysql() : h2();
        dropMysqlDatabases();
        try (RunningApp app = RunningApp.start(dir, List.of("--threadline.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=true", "--threadline.access.password-strength=4"),
                source.env())) {
            watchProbesUntilReady(app);
            for (String[] file : new String[][] {{"OUTPUT", "photo.png", "image/png"},
                    {"QC_REPORT", "qc.pdf", "application/pdf"}, {"MILESTONE", "clip.mp4", "video/mp4"}}) {
                uploaded.add(upload(app, file[0], file[1], file[2]));
            }
            HttpResponse<String> test = app.postAsAdmin("/api/notifications/test", "application/json",
                    "{\"channel\":\"INBOX\",\"userId\":\"merch\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
        }
    }

    @AfterAll
    void dropDatabases() throws SQLException {
        dropMysqlDatabases();
    }

    @Test
    void theAppIsLiveButNotReadyWhileTheDemoLoadsAndNeverReportsDown() {
        assertThat(probes).as("probes seen while the demo loaded").anySatisfy(probe -> {
            assertThat(probe.readiness()).isEqualTo(503);
            assertThat(probe.liveness()).isEqualTo(200);
            assertThat(probe.health()).isEqualTo(200);
            assertThat(probe.orders()).isBetween(0L, 39L);
        });
        Probe firstReady = probes.stream().filter(probe -> probe.readiness() == 200).findFirst().orElseThrow();
        assertThat(firstReady.orders()).isEqualTo(40);
        assertThat(probes).filteredOn(probe -> probe.health() != 0)
                .as("once answering, /actuator/health is UP throughout").allMatch(probe -> probe.health() == 200);
        assertThat(probes.subList(probes.indexOf(firstReady), probes.size()))
                .allMatch(probe -> probe.readiness() == 200 && probe.liveness() == 200);
    }

    @Test
    void aBackupRestoredIntoAFreshDatabaseAndFolderHasEveryRowAndFile() throws Exception {
        Path backup = dir.resolve("backups/threadline-1");

        String backedUp = run("backup.sh", backup, source.env());
        String restored = run("restore.sh", backup, source.restoredEnv());

        assertThat(backedUp).contains("evidence files into");
        assertThat(restored).contains("restored the " + (MYSQL ? "mysql" : "h2") + " database and 4 evidence files");
        Map<String, List<String>> before = rows(source.url());
        Map<String, List<String>> after = rows(source.restoredUrl());
        assertThat(before.get("orders")).as("the demo's live orders besides its closed history (TLH-)")
                .filteredOn(row -> !row.contains("TLH-")).hasSize(40);
        assertThat(before.get("order_exception")).isNotEmpty();
        assertThat(before.get("notification_delivery")).isNotEmpty();
        assertThat(before.get("delivery_attempt")).isNotEmpty();
        assertThat(before.get("ACT_RU_JOB")).as("timers in flight").isNotEmpty();
        assertThat(before.get("evidence")).hasSize(3);
        for (String table : TABLES) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        Path sourceFiles = Path.of(source.env().get("THREADLINE_EVIDENCE_DIR"));
        Path restoredFiles = Path.of(source.restoredEnv().get("THREADLINE_EVIDENCE_DIR"));
        List<String> referenced = evidenceFileNames(source.restoredUrl());
        assertThat(referenced).hasSize(4); // three files and the photo's thumbnail
        for (String name : referenced) {
            assertThat(restoredFiles.resolve(name)).exists().hasSameBinaryContentAs(sourceFiles.resolve(name));
        }
        assertThat(Files.readAllBytes(restoredFiles.resolve(storedName(after, "photo.png"))))
                .isEqualTo(SampleFiles.png());
    }

    @Test
    void aRestoreDoesNotWriteOverADatabaseOrFolderInUse() throws Exception {
        Path backup = dir.resolve("backups/threadline-2");
        run("backup.sh", backup, source.env());

        ProcessResult overSource = runAllowingFailure("restore.sh", backup, source.env());

        assertThat(overSource.exitCode()).isNotZero();
        assertThat(overSource.output()).containsAnyOf("is not empty", "already exists", "already has");
        assertThat(rows(source.url()).get("orders")).hasSize(40);
    }

    private void watchProbesUntilReady(RunningApp app) throws InterruptedException {
        // about two minutes on an idle machine; 13 minutes were seen on one shared by several builds
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(25));
        while (Instant.now().isBefore(giveUp)) {
            assertThat(app.isAlive()).as("the app is running; its log:%n%s", app.log()).isTrue();
            Probe probe = new Probe(app.status("/actuator/health"), app.status("/actuator/health/liveness"),
                    app.status("/actuator/health/readiness"), orders(app));
            if (probes.isEmpty() || !probes.get(probes.size() - 1).equals(probe)) {
                probes.add(probe);
            }
            if (probe.readiness() == 200) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("not ready after 25 minutes; probes " + probes + "; log:\n" + app.log());
    }

    private long orders(RunningApp app) {
        if (app.status("/actuator/health/liveness") != 200) {
            return -1;
        }
        try {
            return json.readTree(app.getAsAdmin("/api/orders?size=1&q=TL-")).path("total").asLong(-1);
        } catch (IOException | RuntimeException notYet) {
            return -1;
        }
    }

    private JsonNode upload(RunningApp app, String purpose, String name, String type) throws IOException {
        byte[] content = switch (type) {
            case "image/png" -> SampleFiles.png();
            case "application/pdf" -> SampleFiles.pdf();
            default -> SampleFiles.mp4();
        };
        String orderNo = json.readTree(app.getAsAdmin("/api/orders?size=1&q=TL-")).path("items").get(0).path("orderNo")
                .asText();
        String boundary = "threadline-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"orderNo", orderNo}, {"purpose", purpose}, {"uploadedBy", "admin"}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = app.postAsAdmin("/api/evidence", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    private static String storedName(Map<String, List<String>> rows, String originalName) {
        return rows.get("evidence").stream().filter(row -> row.contains("original_name=" + originalName))
                .map(row -> row.replaceAll(".*stored_name=([0-9a-f-]{36}).*", "$1"))
                .findFirst().orElseThrow();
    }

    private String run(String script, Path backup, Map<String, String> env) throws Exception {
        ProcessResult result = runAllowingFailure(script, backup, env);
        assertThat(result.exitCode()).as(script + " said:\n" + result.output()).isZero();
        return result.output();
    }

    record ProcessResult(int exitCode, String output) {
    }

    private ProcessResult runAllowingFailure(String script, Path backup, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("ops", script).toAbsolutePath().toString(),
                backup.toString()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("H2_JAR", Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new ProcessResult(process.exitValue(), output);
    }

    /** Every row of {@link #TABLES}, as "column=value" text in key order. */
    private static Map<String, List<String>> rows(String url) throws SQLException {
        Map<String, List<String>> rows = new HashMap<>();
        try (Connection db = connect(url); Statement query = db.createStatement()) {
            for (String table : TABLES) {
                List<String> tableRows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getMetaData().getColumnLabel(i).toLowerCase()).append('=')
                                    .append(rs.getString(i)).append(", ");
                        }
                        tableRows.add(row.toString());
                    }
                }
                rows.put(table, tableRows);
            }
        }
        return rows;
    }

    private static List<String> evidenceFileNames(String url) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = connect(url); Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("SELECT stored_name, thumbnail_name FROM evidence")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                if (rs.getString(2) != null) {
                    names.add(rs.getString(2));
                }
            }
        }
        return names;
    }

    private static Connection connect(String url) throws SQLException {
        return MYSQL ? DriverManager.getConnection(url, dbUser(), System.getenv().getOrDefault(
                "THREADLINE_DB_PASSWORD", "")) : DriverManager.getConnection(url, "sa", "");
    }

    private Source h2() {
        Path db = dir.resolve("data/threadline");
        Path restored = dir.resolve("restored/threadline");
        return new Source("jdbc:h2:file:" + db, "jdbc:h2:file:" + restored,
                Map.of("THREADLINE_DB", "h2", "THREADLINE_H2_FILE", db.toString(),
                        "THREADLINE_EVIDENCE_DIR", dir.resolve("data/evidence").toString(),
                        "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE"),
                Map.of("THREADLINE_DB", "h2", "THREADLINE_H2_FILE", restored.toString(),
                        "THREADLINE_EVIDENCE_DIR", dir.resolve("restored/evidence").toString()));
    }

    private Source mysql() {
        String sourceDb = DB_BASE + "_ops_src";
        String restoredDb = DB_BASE + "_ops_restored";
        return new Source(mysqlUrl(sourceDb), mysqlUrl(restoredDb),
                Map.of("THREADLINE_DB", "mysql", "THREADLINE_DB_NAME", sourceDb,
                        "THREADLINE_EVIDENCE_DIR", dir.resolve("data/evidence").toString(),
                        "THREADLINE_EVIDENCE_CREATE_DIR", "true"),
                Map.of("THREADLINE_DB", "mysql", "THREADLINE_DB_NAME", restoredDb,
                        "THREADLINE_EVIDENCE_DIR", dir.resolve("restored/evidence").toString()));
    }

    private void dropMysqlDatabases() throws SQLException {
        if (!MYSQL) {
            return;
        }
        try (Connection server = connect(mysqlUrl("")); Statement drop = server.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS `" + DB_BASE + "_ops_src`");
            drop.execute("DROP DATABASE IF EXISTS `" + DB_BASE + "_ops_restored`");
        }
    }

    private static String mysqlUrl(String database) {
        return "jdbc:mysql://" + System.getenv().getOrDefault("THREADLINE_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("THREADLINE_DB_PORT", "3306") + "/" + database
                + "?nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    private static String dbUser() {
        return System.getenv().getOrDefault("THREADLINE_DB_USER", "root");
    }
}
