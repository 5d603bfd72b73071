package gov.ca.calhr.um.testkit;

import gov.ca.calhr.um.stack.KafkaServer;
import gov.ca.calhr.um.stack.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Quarkus test resource for a service's own tests: a real PostgreSQL (one database, named by the
 * {@code database} init argument) and a real Kafka broker in the test JVM, plus offline
 * verification of tokens signed by {@link TestTokens}. Started once per test JVM.
 */
public class UmTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private PostgresServer postgres;
    private KafkaServer kafka;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Path runDir = Path.of(System.getProperty("um.run.dir", "target/um-test")).toAbsolutePath();
        Path instanceDir = Path.of("target", "um-test-infra").toAbsolutePath();
        try {
            Files.createDirectories(instanceDir);
            postgres = PostgresServer.start(FreePorts.next(), instanceDir.resolve("pg-data"),
                    runDir.resolve("embedded-pg"), false, List.of(database));
            kafka = KafkaServer.start(FreePorts.next(), FreePorts.next(), instanceDir.resolve("kafka-" + System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", database,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                // quarkus.oidc.public-key is only honoured while auth-server-url is blank
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", TestTokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                // the realm browsers sign in at, as the OpenAPI document names it (no realm runs here)
                "um.openapi.realm-url", PlatformContract.DOCUMENTED_REALM);
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
