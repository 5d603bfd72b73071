package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.Stack;
import gov.ca.calhr.um.stack.StackLayout;
import gov.ca.calhr.um.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill: the Kafka broker stopped for 30 s while HR posts personnel actions to the REST API
 * and the outbox relay publishes. Every write succeeds; once the broker is back everything is
 * published, each employee's EmployeeFactsChanged versions in order on the topic, and reporting
 * counts every UM appointment: 0 lost, 0 doubled.
 */
@ExtendWith(SharedStack.class)
class KafkaOutageDrill {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int PER_BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theApiTakesWritesWhileTheBrokerIsDownAndEverythingIsPublishedInOrderAfter() throws Exception {
        Stack stack = SharedStack.stack();
        StackLayout layout = SharedStack.layout();
        String participants = SharedStack.url("participants-service");
        String hr = SharedStack.keycloak().hrSystemToken();
        String department = "DRK" + (System.currentTimeMillis() / 1000 % 100_000);

        Drills.awaitCatalog(layout);
        int employees = 0;
        Drills.postBatch(participants, hr, department, employees, employees + PER_BATCH);
        employees += PER_BATCH;

        long down = System.nanoTime();
        assertThat(stack.kafka().stop(Duration.ofSeconds(60))).isTrue();
        // HR keeps posting while the broker is away
        while (System.nanoTime() - down < OUTAGE.toNanos()) {
            Drills.postBatch(participants, hr, department, employees, employees + PER_BATCH);
            employees += PER_BATCH;
        }
        int sent = employees;
        long backlogWhileDown = Math.round(Drills.metric(participants, "um_outbox_backlog"));
        long up = System.nanoTime();
        stack.up();
        long brokerBack = System.nanoTime();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "reporting", "select count(*) from um_appointment_fact where department = ?",
                        department) == sent);
        long counted = System.nanoTime();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", "select count(*) from outbox_event where published_at is null")
                        == 0);

        assertThat(Drills.count(layout, "participants",
                "select count(*) from personnel_action where department = ?", department)).isEqualTo(2L * sent);
        assertThat(Drills.count(layout, "participants",
                "select count(*) from um_appointment where department = ?", department)).isEqualTo(sent);
        assertThat(Drills.standingNotices(layout, department)).isZero();

        // per key, in order: an employee's fact versions never go back on the topic
        int duplicates = 0;
        Set<String> keys = new HashSet<>();
        try (TopicReader topic = new TopicReader(layout.kafkaBootstrap(), "participants.employee.v1")) {
            String last = department + "-E" + (sent - 1);
            topic.awaitRecord(r -> last.equals(r.key()) && type(r).equals("EmployeeFactsChanged"),
                    Duration.ofMinutes(2));
            topic.readToEnd(Duration.ofMinutes(2));
            Map<String, Integer> latest = new HashMap<>();
            for (ConsumerRecord<String, String> r : topic.seen(r -> r.key() != null
                    && r.key().startsWith(department + "-E") && type(r).equals("EmployeeFactsChanged"))) {
                int v = version(r);
                Integer before = latest.put(r.key(), v);
                assertThat(before == null || before <= v).as("versions of " + r.key() + " in order").isTrue();
                if (before != null && before == v) {
                    duplicates++;
                }
                keys.add(r.key());
            }
        }
        assertThat(keys).hasSize(sent);
        Drills.print("kafka-outage", ("broker down %.1f s; %d employees (%d actions) posted, %d while the broker "
                + "was down; outbox backlog then %d; every UM appointment counted by reporting %.1f s after the broker "
                + "was back (broker restart %.1f s); 0 lost; %d events relayed twice (deduplicated by consumers), "
                + "0 out of order").formatted(Drills.seconds(down, brokerBack), sent, 2 * sent, sent - PER_BATCH,
                backlogWhileDown, Drills.seconds(brokerBack, counted), Drills.seconds(up, brokerBack), duplicates));
    }

    private static int version(ConsumerRecord<String, String> r) {
        return node(r).path("data").path("version").asInt(-1);
    }

    private static String type(ConsumerRecord<String, String> r) {
        return node(r).path("type").asText("");
    }

    private static JsonNode node(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
