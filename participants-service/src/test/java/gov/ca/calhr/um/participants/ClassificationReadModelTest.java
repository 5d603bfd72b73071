package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.stack.TestTokens;
import gov.ca.calhr.um.stack.TopicReader;
import gov.ca.calhr.um.stack.TopicWriter;
import gov.ca.calhr.um.stack.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ClassificationReadModelTest {

    private static final String HR_SYSTEM = TestTokens.token("service-account-hr-system", null, "hr-system");
    private static final String TOPIC = "classification.classification.v1";

    private static int appointTo(String classCode) {
        return given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(Fixtures.appointment("A-" + UUID.randomUUID(), "E-" + UUID.randomUUID(),
                        "DGS", classCode))
                .post("/api/personnel-actions").statusCode();
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicWriter writer = new TopicWriter(bootstrap);
             TopicReader deadLetters = new TopicReader(bootstrap, "participants-service.dead-letter.v1")) {
            // same key as the good event after it: same partition, so the good one waits behind it
            writer.send(TOPIC, "7001", "{not json");
            writer.send(TOPIC, "7001", Fixtures.classificationUpserted("7001", "CA70",
                    "Office Assistant (Typing)", "LPEL"));

            deadLetters.awaitRecord(r -> "7001".equals(r.key()) && r.value().equals("{not json"),
                    Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> appointTo("7001") == 202);
        }
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String event = Fixtures.classificationUpserted("7002", "CA71", "Clerk", "LPEL");
        // a later event for the same class, re-categorised; then the first one delivered again
        String later = Fixtures.classificationUpserted("7002", "CA71", "Clerk", "NONE");
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send(TOPIC, "7002", event);
            writer.send(TOPIC, "7002", later);
            writer.send(TOPIC, "7002", event);
            // a marker on the same partition: once it is applied, everything before it was
            writer.send(TOPIC, "7002", Fixtures.classificationUpserted("7003", "CA72",
                    "Marker", "LPEL"));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> appointTo("7003") == 202);
        // the redelivery did not turn 7002 back into LPEL: an appointment issues no welcome notice
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(Fixtures.appointment("A-" + UUID.randomUUID(), "E-" + UUID.randomUUID(),
                        "DGS", "7002"))
                .post("/api/personnel-actions").then()
                .statusCode(202)
                .body("welcomeNoticeId", nullValue());
    }
}
