package gov.ca.calhr.um.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything of one stack runs: ports, run folder, and the environment each service gets.
 * The local run uses {@link #local}; the system tests use the same layout shifted to other ports.
 * docker-compose.yml mirrors the local layout (ports and environment names), checked by a test.
 */
public record StackLayout(Path runDir, int postgresPort, int kafkaPort, int kafkaControllerPort, int keycloakPort,
                          int smtpPort, int mailApiPort, List<ServiceSpec> services, boolean durable) {

    public static final String REALM = "upward-mobility";

    /**
     * A service module: its folder (= artifactId, = database and role name stem), HTTP port and
     * heap. participants-service's is larger: it applies HR's feed in two transactions side by side.
     */
    public record ServiceSpec(String name, String database, int port, String heap) {
    }

    public static StackLayout local(Path root) {
        return withOffset(root.resolve(".run/stack"), 0, true);
    }

    /** The local layout with every port shifted by {@code offset}. */
    public static StackLayout withOffset(Path runDir, int offset, boolean durable) {
        return new StackLayout(runDir.toAbsolutePath(), 5432 + offset, 9092 + offset, 9093 + offset, 8180 + offset,
                3025 + offset, 8025 + offset,
                List.of(new ServiceSpec("classification-service", "classification", 8081 + offset, "256m"),
                        new ServiceSpec("participants-service", "participants", 8082 + offset, "512m"),
                        new ServiceSpec("plans-service", "plans", 8083 + offset, "256m"),
                        new ServiceSpec("reporting-service", "reporting", 8084 + offset, "256m")),
                durable);
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** GreenMail's API: the inbox of every address it received mail for ({@code /api/user/{email}/messages/INBOX}). */
    public String mailApiUrl() {
        return "http://localhost:" + mailApiPort;
    }

    public String serviceUrl(String name) {
        return "http://localhost:" + service(name).port();
    }

    /**
     * The services' browser origins of the local layout (which the realm file names as the portal
     * client's Swagger UI redirect URIs and web origins), each mapped to this layout's.
     */
    public Map<String, String> serviceOriginsFromLocal() {
        StackLayout local = withOffset(runDir, 0, durable);
        Map<String, String> origins = new LinkedHashMap<>();
        for (ServiceSpec s : services) {
            origins.put(local.serviceUrl(s.name()), serviceUrl(s.name()));
        }
        return origins;
    }

    public List<String> databases() {
        return services.stream().map(ServiceSpec::database).toList();
    }

    /** The environment a service process gets; docker-compose.yml sets the same names. */
    public Map<String, String> environment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + postgresPort + "/" + service.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", service.database());
        env.put("QUARKUS_DATASOURCE_PASSWORD", service.database());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl());
        env.put("QUARKUS_MAILER_HOST", "localhost");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort));
        // where browsers reach the realm (Swagger UI's sign-in); the same address here, not in compose
        env.put("UM_OPENAPI_REALM_URL", realmUrl());
        return env;
    }

    public Path logDir() {
        return runDir.resolve("logs");
    }

    public Path pidDir() {
        return runDir.resolve("pids");
    }
}
