package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.stack.ReportingRebuild;
import gov.ca.calhr.um.stack.StackLayout;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill of the history a rebuild replays: the broker's default retention is cut to two
 * seconds (segments rolled every second) while events keep flowing. A topic that keeps the
 * broker's default loses its records; every topic reporting-service rebuilds from still holds all
 * of its own (they are kept forever, TopicProvisioner), and a rebuild afterwards gives the same
 * report as before, to the character.
 */
@ExtendWith(SharedStack.class)
class RetentionDrill {

    private static final int EMPLOYEES = 200;
    private static final Collection<AlterConfigOp> SHORT_RETENTION = List.of(
            new AlterConfigOp(new ConfigEntry("log.retention.ms", "2000"), AlterConfigOp.OpType.SET),
            new AlterConfigOp(new ConfigEntry("log.roll.ms", "1000"), AlterConfigOp.OpType.SET));
    private static final Collection<AlterConfigOp> DEFAULT_RETENTION = List.of(
            new AlterConfigOp(new ConfigEntry("log.retention.ms", ""), AlterConfigOp.OpType.DELETE),
            new AlterConfigOp(new ConfigEntry("log.roll.ms", ""), AlterConfigOp.OpType.DELETE));
    /** The broker's defaults for every topic (the cluster-wide dynamic configuration). */
    private static final ConfigResource CLUSTER = new ConfigResource(ConfigResource.Type.BROKER, "");

    @Test
    void aRebuildAfterTheBrokersRetentionHasPassedGivesTheSameReport() throws Exception {
        StackLayout layout = SharedStack.layout();
        Keycloak keycloak = SharedStack.keycloak();
        String participants = SharedStack.url("participants-service");
        String reports = SharedStack.url("reporting-service") + "/api/reports/departments/";
        String calhr = keycloak.userToken("calhr-analyst");
        long now = System.currentTimeMillis();
        String department = "DRT" + (now / 1000 % 100_000);
        String control = "drill.retention-control." + now;
        Drills.awaitCatalog(layout);

        Drills.postBatch(participants, keycloak.hrSystemToken(), department, 0, EMPLOYEES);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
                .oauth2(calhr).get(reports + department + "/2026-27").then().extract().jsonPath()
                .getInt("umAppointments[0].total") == EMPLOYEES);
        String before2025 = report(reports + department + "/2025-26", calhr);
        String before2026 = report(reports + department + "/2026-27", calhr);

        ReportingRebuild rebuild = new ReportingRebuild(SharedStack.stack());
        long t0 = System.nanoTime();
        AtomicInteger more = new AtomicInteger(EMPLOYEES);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap()),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(control, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            admin.incrementalAlterConfigs(Map.of(CLUSTER, SHORT_RETENTION)).all().get(30, TimeUnit.SECONDS);
            try {
                // records keep arriving (a segment rolls only on an append) until the broker has
                // deleted what the control topic held: the retention was enforced
                String hrSystem = keycloak.hrSystemToken();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    producer.send(new ProducerRecord<>(control, "k", "v")).get(30, TimeUnit.SECONDS);
                    int e = more.getAndIncrement();
                    Drills.postBatch(participants, hrSystem, department + "X", e, e + 1);
                    return earliest(admin, control) > 0;
                });
            } finally {
                admin.incrementalAlterConfigs(Map.of(CLUSTER, DEFAULT_RETENTION)).all().get(30, TimeUnit.SECONDS);
            }
            admin.deleteTopics(List.of(control)).all().get(30, TimeUnit.SECONDS);
        }
        long enforced = System.nanoTime();
        Map<String, Long> gone = rebuild.recordsNoLongerKept();
        assertThat(gone).as("records each rebuilt-from topic no longer holds").isNotEmpty()
                .allSatisfy((topic, records) -> assertThat(records).as(topic).isZero());

        rebuild.run();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                before2025.equals(report(reports + department + "/2025-26", calhr))
                        && before2026.equals(report(reports + department + "/2026-27", calhr)));
        assertThat(rebuild.awaitReplayed(Duration.ofMinutes(5))).as("replay caught up").isTrue();
        long rebuilt = System.nanoTime();
        Drills.print("retention", ("broker's default retention cut to 2 s (segments rolled every second): the "
                + "control topic lost its records after %.1f s while %d more employees' actions flowed; all %d "
                + "topics reporting rebuilds from still held every record (%d); rebuilt after that, the "
                + "department's two reports were identical to before (%.1f s)").formatted(
                Drills.seconds(t0, enforced), more.get() - EMPLOYEES, gone.size(), rebuild.recordsInTopics(),
                Drills.seconds(enforced, rebuilt)));
    }

    private static String report(String url, String token) {
        return given().auth().oauth2(token).get(url).then().statusCode(200).extract().asString();
    }

    private static long earliest(Admin admin, String topic) throws Exception {
        TopicPartition partition = new TopicPartition(topic, 0);
        return admin.listOffsets(Map.of(partition, OffsetSpec.earliest())).all().get(30, TimeUnit.SECONDS)
                .get(partition).offset();
    }
}
