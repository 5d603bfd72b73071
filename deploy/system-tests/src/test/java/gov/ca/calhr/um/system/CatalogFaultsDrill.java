package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.ManagedProcess;
import gov.ca.calhr.um.stack.Stack;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill of the catalog's producer and of plans-service as a consumer: HR imports 1,000 new
 * classes and then changes each of them 19 more times (20 imports, 20,000 catalog changes, each
 * announced as one event). classification-service is killed (SIGKILL) while the imports run and
 * HR's client sends the import that failed again, as an HR system would; plans-service is killed
 * while it applies the events. Afterwards every consumer of the catalog (participants, plans,
 * reporting) has applied each of the 20,000 events exactly once and holds each class's last
 * version. (The catalog's consumers apply one event per transaction, about 100 a second each
 * while all three run on two cores: ample for a catalog that changes a few hundred times a year,
 * and the reason this drill takes minutes.)
 */
@ExtendWith(SharedStack.class)
class CatalogFaultsDrill {

    private static final int CLASSES = 1_000;
    private static final int IMPORTS = 20;
    private static final int FIRST_CODE = 7100;
    /** classification-service is killed once this many imports have been answered. */
    private static final int KILLED_AFTER_IMPORTS = 3;
    /** plans-service is killed once it has applied this many of the changes. */
    private static final long PLANS_KILLED_AFTER = CLASSES * 8L;
    private static final String PROCESSED = "select count(*) from processed_event where consumer = ?";
    /** Each consumer of classification.classification.v1: database and the consumer id its inbox keeps. */
    private static final Map<String, String> CONSUMERS = Map.of("participants", "participants.classification-view",
            "plans", "plans.classification-view", "reporting", "reporting.catalog");

    @Test
    void producerAndConsumerKilledWhileTheCatalogChangesApplyEveryChangeOnce() throws Exception {
        Stack stack = SharedStack.stack();
        StackLayout layout = SharedStack.layout();
        String classification = SharedStack.url("classification-service");
        // the catalog's earlier events applied everywhere first: each consumer then counts from the same start
        long announcedBefore = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> announced(layout), n -> processed(layout).values().stream().allMatch(p -> p.equals(n)));
        Map<String, Long> before = processed(layout);
        ManagedProcess producer = new ManagedProcess(layout, "classification-service");
        ManagedProcess plans = new ManagedProcess(layout, "plans-service");

        AtomicInteger imported = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        long t0 = System.nanoTime();
        CompletableFuture<Void> imports = CompletableFuture.runAsync(() -> {
            for (int version = 1; version <= IMPORTS; version++) {
                String csv = catalog(version);
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    io.restassured.response.Response answer;
                    try {
                        answer = given().auth().oauth2(SharedStack.keycloak().userToken("dgs-hr"))
                                .contentType("text/csv").body(csv).post(classification + "/api/classifications/import");
                    } catch (Exception connectionLost) { // RestAssured throws ConnectException unchecked
                        answer = null;
                        // killed while answering: the import is sent again once the service is back
                    }
                    if (answer != null && answer.statusCode() == 200) {
                        return true;
                    }
                    if (answer != null && answer.statusCode() < 500) {
                        throw new AssertionError("import refused: " + answer.statusCode() + " " + answer.asString());
                    }
                    resent.incrementAndGet();
                    System.out.printf("import %d: %s%n", imported.get() + 1, answer == null ? "no answer"
                            : answer.statusCode() + " " + answer.asString());
                    return false;
                });
                imported.incrementAndGet();
            }
        });

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                imports.isDone() || imported.get() >= KILLED_AFTER_IMPORTS);
        if (imports.isCompletedExceptionally()) {
            imports.join(); // throws why
        }
        assertThat(producer.kill()).isTrue();
        long producerKilled = System.nanoTime();
        stack.up();
        long producerBack = System.nanoTime();
        String plansApplied = CONSUMERS.get("plans");
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(200)).until(() ->
                imports.isCompletedExceptionally()
                        || Drills.count(layout, "plans", PROCESSED, plansApplied) - before.get("plans")
                        >= PLANS_KILLED_AFTER);
        if (imports.isCompletedExceptionally()) {
            imports.join(); // throws why
        }
        long plansAt = Drills.count(layout, "plans", PROCESSED, plansApplied) - before.get("plans");
        assertThat(plans.kill()).isTrue();
        stack.up();
        imports.get(10, TimeUnit.MINUTES);
        long importsDone = System.nanoTime();

        long changes = (long) CLASSES * IMPORTS;
        for (Map.Entry<String, String> consumer : CONSUMERS.entrySet()) {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    Drills.count(layout, consumer.getKey(), PROCESSED, consumer.getValue())
                            - before.get(consumer.getKey()) >= changes);
        }
        long converged = System.nanoTime();
        assertThat(announced(layout) - announcedBefore).as("changes announced, each once").isEqualTo(changes);
        assertThat(processed(layout)).as("events applied per consumer: each change once")
                .isEqualTo(plus(before, changes));
        String lastSalary = String.valueOf(salaryMax(IMPORTS));
        assertThat(Drills.count(layout, "classification", "select count(*) from classification where class_code "
                + "between ? and ? and salary_max = " + lastSalary, code(0), code(CLASSES - 1))).isEqualTo(CLASSES);
        assertThat(Drills.count(layout, "plans", "select count(*) from classification_view where class_code "
                + "between ? and ?", code(0), code(CLASSES - 1))).isEqualTo(CLASSES);
        assertThat(Drills.count(layout, "reporting", "select count(*) from catalog_class where class_code "
                + "between ? and ?", code(0), code(CLASSES - 1))).isEqualTo(CLASSES);
        Drills.print("catalog-killed", ("%d catalog changes (%d imports of %d classes); classification-service "
                + "killed (SIGKILL) after %d imports and ready again %.1f s later (%d import requests sent again); "
                + "plans-service killed after applying %d of them; all imports done %.1f s after the start, every "
                + "change applied exactly once by participants, plans and reporting %.1f s after that; 0 lost, "
                + "0 doubled").formatted(changes, IMPORTS, CLASSES, KILLED_AFTER_IMPORTS,
                Drills.seconds(producerKilled, producerBack),
                resent.get(), plansAt, Drills.seconds(t0, importsDone), Drills.seconds(importsDone, converged)));
    }

    /** The events classification-service has announced on its catalog topic (its outbox rows). */
    private static long announced(StackLayout layout) {
        return Drills.count(layout, "classification", "select count(*) from outbox_event where topic = ?",
                "classification.classification.v1");
    }

    private static Map<String, Long> processed(StackLayout layout) {
        Map<String, Long> counts = new LinkedHashMap<>();
        CONSUMERS.forEach((database, consumer) -> counts.put(database, Drills.count(layout, database, PROCESSED,
                consumer)));
        return counts;
    }

    private static Map<String, Long> plus(Map<String, Long> counts, long n) {
        Map<String, Long> sum = new LinkedHashMap<>();
        counts.forEach((k, v) -> sum.put(k, v + n));
        return sum;
    }

    /** Version {@code version} of the drill's classes: the same classes, a different top of range each time. */
    private static String catalog(int version) {
        StringBuilder csv = new StringBuilder("class_code,schematic_code,title,salary_min,salary_max\n");
        for (int i = 0; i < CLASSES; i++) {
            csv.append(code(i)).append(',').append(schematic(i)).append(",Drill Class ").append(code(i))
                    .append(",4000.00,").append(salaryMax(version)).append(".00\n");
        }
        return csv.toString();
    }

    private static int salaryMax(int version) {
        return 6000 + version;
    }

    private static String code(int i) {
        return String.valueOf(FIRST_CODE + i);
    }

    /** QD00..QDZZ, QE00..: schematic codes no real class uses. */
    private static String schematic(int i) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return "Q" + (char) ('D' + i / (36 * 36)) + digits.charAt(i / 36 % 36) + digits.charAt(i % 36);
    }
}
