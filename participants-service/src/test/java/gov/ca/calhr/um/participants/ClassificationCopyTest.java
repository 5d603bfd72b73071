package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The local copy of the catalog ({@code ClassificationCopy}) follows classification-service's events. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ClassificationCopyTest {

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

    @Test
    void whenAClassChangesItsUmCategoryTheEmployeesWhoHeldItAreDerivedAgain() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String employeeId = "E-" + UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send(TOPIC, "7010", Fixtures.classificationUpserted("7010", "CA80", "Stock Clerk", "NONE"));
            writer.send(TOPIC, "7011", Fixtures.classificationUpserted("7011", "CA81", "Program Technician", "NONE"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> appointTo("7010") == 202 && appointTo("7011") == 202);

            Map<String, Object> hire = Fixtures.appointment("A-" + UUID.randomUUID(), employeeId, "DGS", "7010");
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(hire)
                    .post("/api/personnel-actions").then().statusCode(202);
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(Fixtures.action("A-" + UUID.randomUUID(), "PROMOTION", employeeId, "DGS", "7011",
                            "2026-03-01"))
                    .post("/api/personnel-actions").then().statusCode(202);
            history(employeeId).body("eligibility", hasSize(0)).body("umAppointments", hasSize(0));

            // the catalog designates the first class LPEL: the employee was eligible while in it
            writer.send(TOPIC, "7010", Fixtures.classificationUpserted("7010", "CA80", "Stock Clerk", "LPEL"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    history(employeeId).body("eligibility", hasSize(1))
                            .body("eligibility[0].classCode", equalTo("7010"))
                            .body("eligibility[0].from", equalTo("2025-09-01"))
                            .body("eligibility[0].to", equalTo("2026-03-01"))
                            .body("umAppointments", hasSize(0)));

            // and the second ELTPA: the promotion was a UM appointment
            writer.send(TOPIC, "7011", Fixtures.classificationUpserted("7011", "CA81", "Program Technician", "ELTPA"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    history(employeeId).body("umAppointments", hasSize(1))
                            .body("umAppointments[0].fromClassCode", equalTo("7010"))
                            .body("umAppointments[0].toClassCode", equalTo("7011")));

            // the first class is no longer LPEL: neither the eligibility nor the appointment stands
            writer.send(TOPIC, "7010", Fixtures.classificationUpserted("7010", "CA80", "Stock Clerk", "NONE"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    history(employeeId).body("eligibility", hasSize(0)).body("umAppointments", hasSize(0)));
        }
    }

    private static io.restassured.response.ValidatableResponse history(String employeeId) {
        return given().auth().oauth2(Fixtures.DGS_HR).get("/api/employees/" + employeeId + "/personnel-actions")
                .then().statusCode(200);
    }
}
