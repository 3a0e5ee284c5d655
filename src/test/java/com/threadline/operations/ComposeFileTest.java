package com.threadline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile, read as an operator's Docker would read them (no Docker engine on the
 * build machines): the evidence and the database survive a recreated container, the health check asks readiness,
 * and every setting handed to the app is one it reads.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(".");

    private final Map<String, Object> compose = yaml("docker-compose.yml");
    private final Map<String, Object> app = map(map(compose.get("services")).get("app"));
    private final Map<String, Object> environment = map(app.get("environment"));

    @Test
    void theEvidenceIsOnANamedVolumeMountedWhereTheAppWritesIt() {
        String evidenceDir = (String) environment.get("THREADLINE_EVIDENCE_DIR");

        assertThat(map(compose.get("volumes"))).containsKeys("evidence", "mysql-data");
        assertThat(list(app.get("volumes"))).contains("evidence:" + evidenceDir);
        assertThat(list(map(map(compose.get("services")).get("mysql")).get("volumes")))
                .contains("mysql-data:/var/lib/mysql");
    }

    @Test
    void theImageDeclaresTheSameEvidenceVolumeAndDirectory() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        String evidenceDir = (String) environment.get("THREADLINE_EVIDENCE_DIR");

        assertThat(dockerfile).containsPattern("(?m)^VOLUME " + Pattern.quote(evidenceDir) + "$");
        assertThat(dockerfile).containsPattern("THREADLINE_EVIDENCE_DIR=" + Pattern.quote(evidenceDir) + "\\b");
        assertThat(dockerfile).contains("mkdir -p " + evidenceDir, "chown threadline " + evidenceDir);
        assertThat(dockerfile).contains("COPY ops /app/ops");
    }

    @Test
    void theHealthCheckAsksWhetherTheAppIsReady() {
        Map<String, Object> healthcheck = map(app.get("healthcheck"));

        assertThat(list(healthcheck.get("test"))).contains("http://localhost:8080/actuator/health/readiness");
        assertThat(map(map(app.get("depends_on")).get("mysql"))).containsEntry("condition", "service_healthy");
    }

    @Test
    void everySettingHandedToTheAppIsOneItReads() throws IOException {
        String settings = Files.readString(ROOT.resolve("src/main/resources/application.yml"))
                + Files.readString(ROOT.resolve("src/main/resources/application-mysql.yml"));
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z_]+):").matcher(settings);
        List<String> read = placeholders.results().map(m -> m.group(1)).toList();

        assertThat(environment.keySet()).isNotEmpty().allSatisfy(name -> assertThat(
                read.contains(name) || name.equals("SPRING_PROFILES_ACTIVE"))
                .as("%s is read by the application", name).isTrue());
    }

    private static Map<String, Object> yaml(String file) {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve(file)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }
}
