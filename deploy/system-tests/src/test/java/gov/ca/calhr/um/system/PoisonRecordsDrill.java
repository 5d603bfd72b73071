package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.StackLayout;
import gov.ca.calhr.um.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill: poison records mixed into a stream of 20,000 HR records (unreadable JSON, a date
 * sent as a number, a class the catalog does not know, a name far over its limit). Each goes to
 * participants-service's dead-letter topic alone, with its reason; every other record is applied;
 * no partition stays blocked.
 */
@ExtendWith(SharedStack.class)
class PoisonRecordsDrill {

    private static final int EMPLOYEES = 10_000;
    /** One poison record of each kind after every this many employees. */
    private static final int EVERY = 1_000;
    private static final String DEAD_LETTERED = "um_events_dead_lettered_total{topic=\"hr.personnel-actions.v1\"}";
    private static final String APPLIED = "um_events_applied_total{consumer=\"participants.hr-personnel-actions\"}";

    @Test
    void eachPoisonRecordIsDeadLetteredAloneWithItsReasonAndTheRestApplied() throws Exception {
        StackLayout layout = SharedStack.layout();
        String participants = SharedStack.url("participants-service");
        String department = "DRX" + (System.currentTimeMillis() / 1000 % 100_000);
        Drills.awaitCatalog(layout);
        double before = Math.max(0, Drills.metric(participants, DEAD_LETTERED));
        double appliedBefore = Math.max(0, Drills.metric(participants, APPLIED));

        List<String> poisonKeys = new ArrayList<>();
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap(), ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024),
                new StringSerializer(), new StringSerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (int e = 0; e < EMPLOYEES; e++) {
                String key = department + "-E" + e;
                for (String action : Drills.actionsOf(department, e)) {
                    acks.add(producer.send(new ProducerRecord<>(Drills.HR_TOPIC, key, action)));
                }
                if (e % EVERY == EVERY / 2) {
                    for (String poison : poison(department, e)) {
                        String poisonKey = department + "-P" + poisonKeys.size();
                        poisonKeys.add(poisonKey);
                        acks.add(producer.send(new ProducerRecord<>(Drills.HR_TOPIC, poisonKey, poison)));
                    }
                }
            }
            for (Future<?> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> Drills.count(layout,
                "participants", "select count(*) from personnel_action where department = ?", department)
                == 2L * EMPLOYEES);
        long applied = System.nanoTime();
        assertThat(Drills.count(layout, "participants", "select count(*) from um_appointment where department = ?",
                department)).isEqualTo(EMPLOYEES);
        List<ConsumerRecord<String, String>> deadLettered;
        try (TopicReader deadLetters = new TopicReader(layout.kafkaBootstrap(), "participants-service.dead-letter.v1")) {
            deadLetters.awaitRecord(r -> poisonKeys.get(poisonKeys.size() - 1).equals(r.key()), Duration.ofMinutes(2));
            deadLetters.readToEnd(Duration.ofMinutes(1));
            deadLettered = deadLetters.seen(r -> r.key() != null && r.key().startsWith(department + "-P"));
        }
        assertThat(deadLettered).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(poisonKeys);
        for (ConsumerRecord<String, String> r : deadLettered) {
            Header reason = r.headers().lastHeader("dead-letter-reason");
            assertThat(reason).as("reason of " + r.key()).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
        }
        assertThat(Drills.metric(participants, DEAD_LETTERED) - before).isEqualTo(poisonKeys.size());
        // counted just after each batch commits: the last batch's count may follow its rows by a moment
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Drills.metric(participants, APPLIED) - appliedBefore).as("HR records counted as applied")
                .isEqualTo(2 * EMPLOYEES));
        Drills.print("poison-records", ("%d HR records with %d poison records among them (unreadable JSON, a date "
                + "as a number, an unknown class, a 300,000-character name): all %d good ones applied in %.1f s "
                + "(%d UM appointments), each poison record dead-lettered alone with its reason, 0 lost")
                .formatted(2 * EMPLOYEES + poisonKeys.size(), poisonKeys.size(), 2 * EMPLOYEES,
                        Drills.seconds(t0, applied), EMPLOYEES));
    }

    private static List<String> poison(String department, int e) {
        String id = department + "-X" + e;
        return List.of(
                "{\"actionId\":\"" + id + "-1\",\"actionType\":",
                ("{\"actionId\":\"%s-2\",\"actionType\":\"APPOINTMENT\",\"employeeId\":\"%s\",\"department\":\"%s\","
                        + "\"positionNumber\":\"999-100-1139-001\",\"toClassCode\":\"1139\",\"transactionCode\":\"A01\","
                        + "\"effectiveDate\":20250901}").formatted(id, id, department),
                ("{\"actionId\":\"%s-3\",\"actionType\":\"APPOINTMENT\",\"employeeId\":\"%s\",\"department\":\"%s\","
                        + "\"positionNumber\":\"999-100-9996-001\",\"toClassCode\":\"9996\",\"transactionCode\":\"A01\","
                        + "\"effectiveDate\":\"2025-09-01\"}").formatted(id, id, department),
                ("{\"actionId\":\"%s-4\",\"actionType\":\"APPOINTMENT\",\"employeeId\":\"%s\",\"department\":\"%s\","
                        + "\"positionNumber\":\"999-100-1139-001\",\"toClassCode\":\"1139\",\"transactionCode\":\"A01\","
                        + "\"effectiveDate\":\"2025-09-01\",\"employee\":{\"name\":\"%s\",\"tenure\":\"PERMANENT\","
                        + "\"timeBase\":\"FULL_TIME\"}}").formatted(id, id, department, "N".repeat(300_000)));
    }
}
