package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.ProjectPaths;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service given a setting it cannot take stops at start-up and names the key (the typed
 * configuration: CommonsConfig and each service's own mapping), before it reaches for its database
 * or the broker.
 */
class BadConfigurationTest {

    private static final Path ROOT = ProjectPaths.root();

    private static String startWith(String service, Map<String, String> environment) throws Exception {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("bad-config", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as(service + " stopped by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void aSharedSettingOutOfRangeIsNamed() throws Exception {
        assertThat(startWith("classification-service", Map.of("UM_CONSUMER_MAX_ATTEMPTS", "0")))
                .contains("um.consumer.max-attempts must be greater than or equal to 1");
    }

    @Test
    void aServicesOwnSettingThatIsNoDateIsNamed() throws Exception {
        assertThat(startWith("reporting-service", Map.of("UM_REPORT_DUE", "13-45")))
                .contains("um.report.due must be a month and day, MM-DD");
    }
}
