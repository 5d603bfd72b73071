package gov.ca.calhr.um.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Starts and stops a whole stack without Docker: PostgreSQL and Kafka (one infra process),
 * Keycloak with the upward-mobility realm, and the four services from their built jars. Starting
 * is idempotent (what already runs is reused) and stopping ends exactly the processes started
 * here, by their pid files.
 */
public final class Stack {

    private static final Duration INFRA_DEADLINE = Duration.ofMinutes(2);
    private static final Duration KEYCLOAK_DEADLINE = Duration.ofMinutes(4);
    private static final Duration SERVICE_DEADLINE = Duration.ofMinutes(3);
    private static final String KAFKA = "kafka";
    private static final String MAIL = "mail";

    private final StackLayout layout;
    private final Path root;
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private boolean startedOnce;

    public Stack(StackLayout layout) {
        this.layout = layout;
        this.root = ProjectPaths.root();
    }

    public StackLayout layout() {
        return layout;
    }

    /** How long each component took to become ready in the last {@link #up()} (absent when reused). */
    public Map<String, Duration> startTimes() {
        return startTimes;
    }

    public void up() {
        long t0 = System.nanoTime();
        // a stack started before PostgreSQL and Kafka ran apart: the one process that held both
        new ManagedProcess(layout, "infra").stop(Duration.ofSeconds(60));
        PostgresProcess postgres = new PostgresProcess(layout);
        boolean postgresStarted = startPostgres(postgres);
        boolean kafkaStarted = startKafka();
        boolean keycloakStarted = startKeycloak();
        boolean mailStarted = startMail();
        startedOnce = true;
        awaitReady(PostgresProcess.NAME, postgresStarted, INFRA_DEADLINE, t0, () -> postgres.ready(layout.databases()));
        awaitReady(KAFKA, kafkaStarted, INFRA_DEADLINE, t0, this::kafkaReady);
        awaitReady("keycloak", keycloakStarted, KEYCLOAK_DEADLINE, t0,
                () -> Http.ok(layout.realmUrl() + "/.well-known/openid-configuration"));
        awaitReady(MAIL, mailStarted, INFRA_DEADLINE, t0, () -> Http.ok(layout.mailApiUrl() + "/api/service/readiness"));
        long t1 = System.nanoTime();
        List<String> started = new ArrayList<>();
        for (StackLayout.ServiceSpec service : layout.services()) {
            if (startService(service)) {
                started.add(service.name());
            }
        }
        for (StackLayout.ServiceSpec service : layout.services()) {
            awaitReady(service.name(), started.contains(service.name()), SERVICE_DEADLINE, t1,
                    () -> Http.ok(layout.serviceUrl(service.name()) + "/q/health/ready"));
        }
    }

    public void down() {
        List<StackLayout.ServiceSpec> services = new ArrayList<>(layout.services());
        Collections.reverse(services);
        for (StackLayout.ServiceSpec service : services) {
            new ManagedProcess(layout, service.name()).stop(Duration.ofSeconds(30));
        }
        new ManagedProcess(layout, "keycloak").stop(Duration.ofSeconds(60));
        mail().stop(Duration.ofSeconds(30));
        new ManagedProcess(layout, KAFKA).stop(Duration.ofSeconds(60));
        new PostgresProcess(layout).stop(Duration.ofSeconds(60));
        new ManagedProcess(layout, "infra").stop(Duration.ofSeconds(60));
    }

    /** The broker's process, to stop or kill on its own (fault drills); {@link #up()} starts it again. */
    public ManagedProcess kafka() {
        return new ManagedProcess(layout, KAFKA);
    }

    /** The SMTP server's process, to stop on its own (mail outage); {@link #up()} starts it again. */
    public ManagedProcess mail() {
        return new ManagedProcess(layout, MAIL);
    }

    /** PostgreSQL's process, to stop or kill on its own (fault drills); {@link #up()} starts it again. */
    public PostgresProcess postgres() {
        return new PostgresProcess(layout);
    }

    /** One line per process: name, pid or "stopped", and its URL. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        lines.add(line(PostgresProcess.NAME, "postgresql://localhost:" + layout.postgresPort()));
        lines.add(line(KAFKA, layout.kafkaBootstrap()));
        lines.add(line("keycloak", layout.keycloakUrl()));
        lines.add(line(MAIL, "smtp://localhost:" + layout.smtpPort() + "  inbox " + layout.mailApiUrl()));
        for (StackLayout.ServiceSpec service : layout.services()) {
            lines.add(line(service.name(), layout.serviceUrl(service.name())));
        }
        return lines;
    }

    private String line(String name, String url) {
        String state = new ManagedProcess(layout, name).running().map(p -> "pid " + p.pid()).orElse("stopped");
        return "%-24s %-12s %s".formatted(name, state, url);
    }

    private boolean startPostgres(PostgresProcess postgres) {
        if (postgres.process().running().isPresent()) {
            return false;
        }
        if (throwAwayData()) {
            deleteTree(postgres.dataDir());
        }
        requireFree(layout.postgresPort(), "PostgreSQL");
        return postgres.start();
    }

    private boolean startKafka() {
        ManagedProcess kafka = kafka();
        if (kafka.running().isPresent()) {
            return false;
        }
        Path dir = layout.runDir().resolve("infra/kafka");
        if (throwAwayData()) {
            deleteTree(dir);
        }
        requireFree(layout.kafkaPort(), "Kafka");
        try {
            // a broker killed earlier left its ready mark behind
            Files.deleteIfExists(kafkaReadyFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path stackJars = root.resolve("deploy/stack/target");
        String classpath = stackJars.resolve("um-stack.jar") + ":" + stackJars.resolve("lib") + "/*";
        return kafka.start(List.of(java(), "-Xmx512m", "-Djava.io.tmpdir=" + tmp(),
                        "-cp", classpath, KafkaMain.class.getName(), dir.toString(),
                        String.valueOf(layout.kafkaPort()), String.valueOf(layout.kafkaControllerPort())),
                Map.of(), root);
    }

    /**
     * A throw-away stack starts from empty data once, at its first start; a component stopped or
     * killed later (a fault drill) starts again on the data it had.
     */
    private boolean throwAwayData() {
        return !layout.durable() && !startedOnce;
    }

    private Path kafkaReadyFile() {
        return layout.runDir().resolve("infra/kafka.ready");
    }

    private boolean kafkaReady() {
        if (!Files.exists(kafkaReadyFile())) {
            return false;
        }
        try (Socket ignored = new Socket("localhost", layout.kafkaPort())) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private boolean startKeycloak() {
        ManagedProcess keycloak = new ManagedProcess(layout, "keycloak");
        if (keycloak.running().isPresent()) {
            return false;
        }
        requireFree(layout.keycloakPort(), "Keycloak");
        Path home = KeycloakDistribution.install(ProjectPaths.keycloakZip(), ProjectPaths.keycloakVersion(),
                layout.runDir().resolve("keycloak"));
        if (throwAwayData()) {
            // a throw-away stack starts from the realm file, not from an earlier run's database
            deleteTree(home.resolve("data/h2"));
        }
        KeycloakDistribution.importRealm(home, root.resolve("deploy/keycloak/upward-mobility-realm.json"),
                layout.serviceOriginsFromLocal());
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m",
                "JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmp(),
                "JAVA_HOME", System.getProperty("java.home"));
        return keycloak.start(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + layout.keycloakPort(),
                "--http-management-port=" + (layout.keycloakPort() + 820),
                "--import-realm"), env, home);
    }

    /**
     * GreenMail: SMTP for the services' letters, and its API to read what arrived (the demo's and
     * the tests' inbox). It keeps mail in memory: a restart starts with empty inboxes.
     */
    private boolean startMail() {
        ManagedProcess mail = mail();
        if (mail.running().isPresent()) {
            return false;
        }
        requireFree(layout.smtpPort(), "the SMTP server");
        requireFree(layout.mailApiPort(), "the mail API");
        return mail.start(List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp(),
                        "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + layout.smtpPort(),
                        "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + layout.mailApiPort(),
                        "-Dgreenmail.auth.disabled", "-jar", ProjectPaths.greenmailJar().toString()),
                Map.of(), root);
    }

    private boolean startService(StackLayout.ServiceSpec service) {
        ManagedProcess process = new ManagedProcess(layout, service.name());
        if (process.running().isPresent()) {
            return false;
        }
        requireFree(service.port(), service.name());
        Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build first (./mvnw package -DskipTests)");
        }
        return process.start(List.of(java(), "-Xmx" + service.heap(), "-XX:+UseSerialGC",
                        "-Djava.io.tmpdir=" + tmp(), "-Dvertx.cacheDirBase=" + tmp().resolve("vertx"),
                        "-jar", jar.toString()),
                layout.environment(service), root);
    }

    private void awaitReady(String name, boolean startedNow, Duration deadline, long since, BooleanSupplier ready) {
        long limit = System.nanoTime() + deadline.toNanos();
        ManagedProcess process = new ManagedProcess(layout, name);
        while (!ready.getAsBoolean()) {
            if (process.running().isEmpty()) {
                throw new IllegalStateException(name + " exited during start-up; see " + process.logFile());
            }
            if (System.nanoTime() > limit) {
                throw new IllegalStateException(name + " not ready after " + deadline + "; see " + process.logFile());
            }
            pause();
        }
        if (startedNow) {
            startTimes.put(name, Duration.ofNanos(System.nanoTime() - since));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireFree(int port, String what) {
        try (Socket ignored = new Socket("localhost", port)) {
            throw new IllegalStateException("port " + port + " for " + what
                    + " is taken by a process this stack did not start");
        } catch (IOException free) {
            // nothing listens: the port is ours to use
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private Path tmp() {
        try {
            return Files.createDirectories(layout.runDir().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
