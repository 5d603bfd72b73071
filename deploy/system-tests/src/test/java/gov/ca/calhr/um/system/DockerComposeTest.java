package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.ProjectPaths;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so this keeps it in step with the
 * local launcher: the same services, ports and environment names, files that exist.
 */
class DockerComposeTest {

    private static final Path ROOT = ProjectPaths.root();
    private static final StackLayout LOCAL = StackLayout.local(ROOT);
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void composeRunsExactlyTheLaunchersComponents() {
        Set<String> expected = Stream.concat(Stream.of("postgres", "kafka", "keycloak", "mail"),
                LOCAL.services().stream().map(StackLayout.ServiceSpec::name)).collect(Collectors.toSet());
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void infrastructurePortsMatchTheLauncher() {
        assertThat(ports("postgres")).containsExactly(LOCAL.postgresPort() + ":" + LOCAL.postgresPort());
        assertThat(ports("kafka")).containsExactly(LOCAL.kafkaPort() + ":" + LOCAL.kafkaPort());
        assertThat(ports("keycloak")).containsExactly(LOCAL.keycloakPort() + ":" + LOCAL.keycloakPort());
        assertThat(ports("mail")).containsExactly(LOCAL.smtpPort() + ":" + LOCAL.smtpPort(),
                LOCAL.mailApiPort() + ":" + LOCAL.mailApiPort());
    }

    @Test
    void eachServiceHasTheLaunchersPortAndEnvironmentNames() {
        for (StackLayout.ServiceSpec spec : LOCAL.services()) {
            Map<String, Object> service = services.get(spec.name());
            assertThat(ports(spec.name())).as(spec.name()).containsExactly(spec.port() + ":" + spec.port());
            Map<String, Object> env = environment(spec.name());
            Map<String, String> launcherEnv = LOCAL.environment(spec);
            assertThat(env.keySet()).as(spec.name() + " environment names")
                    .containsExactlyInAnyOrderElementsOf(launcherEnv.keySet());
            assertThat(String.valueOf(env.get("QUARKUS_HTTP_PORT"))).isEqualTo(String.valueOf(spec.port()));
            // browsers on the host sign in at the published Keycloak port, not at the compose network's name
            assertThat(env.get("UM_OPENAPI_REALM_URL")).isEqualTo(LOCAL.realmUrl());
            assertThat(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).endsWith("/" + spec.database());
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(spec.database());
            assertThat(String.valueOf(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")))
                    .endsWith("/realms/" + StackLayout.REALM);

            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            Path dockerfile = ROOT.resolve(String.valueOf(build.get("context")))
                    .resolve(String.valueOf(build.get("dockerfile")));
            assertThat(dockerfile).as(spec.name() + " Dockerfile").isRegularFile();
        }
    }

    @Test
    void keycloakImportsTheSameRealmAtTheSameVersion() {
        assertThat(String.valueOf(services.get("keycloak").get("image")))
                .endsWith(":" + ProjectPaths.keycloakVersion());
        assertThat(volumes("keycloak")).anySatisfy(v -> {
            assertThat(v).startsWith("./deploy/keycloak/upward-mobility-realm.json:");
            assertThat(ROOT.resolve("deploy/keycloak/upward-mobility-realm.json")).isRegularFile();
        });
    }

    @Test
    void postgresCreatesEveryServiceDatabase() throws IOException {
        String mounted = volumes("postgres").stream().filter(v -> v.contains("docker-entrypoint-initdb.d"))
                .findFirst().orElseThrow();
        String init = Files.readString(ROOT.resolve(mounted.substring(2, mounted.indexOf(':'))));
        for (String db : LOCAL.databases()) {
            assertThat(init).contains("create database " + db + " owner " + db);
        }
    }

    @Test
    void keycloakRunsInProductionModeOnItsOwnDatabase() {
        Map<String, Object> keycloak = services.get("keycloak");
        @SuppressWarnings("unchecked")
        List<Object> command = (List<Object>) keycloak.get("command");
        assertThat(command.get(0)).isEqualTo("start");
        assertThat(command).doesNotContain("start-dev");
        Map<String, Object> env = environment("keycloak");
        assertThat(env.get("KC_DB")).isEqualTo("postgres");
        assertThat(String.valueOf(env.get("KC_DB_URL"))).endsWith("/keycloak");
        assertThat(ROOT.resolve("deploy/postgres/init-databases.sql")).content()
                .contains("create database keycloak owner keycloak");
    }

    @Test
    void everyComponentIsHealthcheckedAndStartsOnceWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
            assertThat(healthcheck).as(name + " healthcheck").isNotNull().containsKey("test");
            Object dependsOn = service.get("depends_on");
            if (dependsOn != null) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> conditions = (Map<String, Map<String, Object>>) dependsOn;
                conditions.forEach((on, condition) -> assertThat(condition.get("condition"))
                        .as(name + " waits for " + on).isEqualTo("service_healthy"));
            }
        });
        for (StackLayout.ServiceSpec spec : LOCAL.services()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> dependsOn = (Map<String, Object>) services.get(spec.name()).get("depends_on");
            assertThat(dependsOn).as(spec.name()).containsOnlyKeys("postgres", "kafka", "keycloak");
        }
    }

    /** Only keys docker-compose 1.29 knows at the top level (it rejects e.g. "name"), and it accepts the file. */
    @Test
    void dockerCompose129AcceptsTheFile() throws IOException, InterruptedException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            assertThat(compose.keySet()).allMatch(key -> Set.of("version", "services", "volumes", "networks",
                    "configs", "secrets").contains(key) || key.startsWith("x-"), "top-level keys 1.29 accepts");
        }
        Path compose129 = Path.of("/usr/bin/docker-compose");
        if (!Files.isExecutable(compose129)) {
            Process install = new ProcessBuilder("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
                    + "apt-get install -y -qq docker-compose").inheritIO().start();
            assertThat(install.waitFor()).as("apt-get install docker-compose").isZero();
        }
        Process config = new ProcessBuilder(compose129.toString(), "-f", ROOT.resolve("docker-compose.yml").toString(),
                "config", "--quiet").redirectErrorStream(true).start();
        String out = new String(config.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(config.waitFor()).as("docker-compose 1.29 config: " + out).isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return ((List<Object>) services.get(service).get("ports")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(String service) {
        return ((List<Object>) services.get(service).get("volumes")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }
}
