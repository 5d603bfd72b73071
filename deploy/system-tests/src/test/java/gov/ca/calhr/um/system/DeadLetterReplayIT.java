package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.DeadLetterReplay;
import gov.ca.calhr.um.stack.StackLayout;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.TopicWriter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's replay of dead letters (deploy/stack.sh replay-dead-letters): an HR record naming
 * a class the catalog does not know yet is dead-lettered; once HR adds the class, the replay sends
 * it back to HR's topic and it is applied; a second replay does not send it again.
 */
@ExtendWith(SharedStack.class)
class DeadLetterReplayIT {

    @Test
    void aDeadLetterReplayedOnceItsCauseIsFixedIsApplied() {
        StackLayout layout = SharedStack.layout();
        String classification = SharedStack.url("classification-service");
        String hr = SharedStack.keycloak().userToken("dgs-hr");
        String classCode = unknownClass(classification, hr);
        String department = "DLR" + (System.currentTimeMillis() / 1000 % 100_000);
        String employee = department + "-E1";
        String stored = "select count(*) from personnel_action where department = ?";

        try (TopicWriter writer = new TopicWriter(layout.kafkaBootstrap());
             TopicReader deadLetters = new TopicReader(layout.kafkaBootstrap(), "participants-service.dead-letter.v1")) {
            writer.send(Drills.HR_TOPIC, employee, """
                    {"actionId":"%s-A","actionType":"APPOINTMENT","employeeId":"%s","department":"%s",\
                    "positionNumber":"999-100-%s-001","toClassCode":"%s","transactionCode":"A01",\
                    "effectiveDate":"2025-09-01","employee":{"name":"Replay Employee","tenure":"PERMANENT",\
                    "timeBase":"FULL_TIME"}}""".formatted(employee, employee, department, classCode, classCode));
            deadLetters.awaitRecord(r -> employee.equals(r.key()), Duration.ofSeconds(60));
        }
        assertThat(Drills.count(layout, "participants", stored, department)).isZero();

        // the cause fixed: HR adds the class, and it reaches participants-service
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("schematicCode", "ZZ" + classCode.substring(2),
                        "title", "Replay Drill Technician " + classCode, "salaryMin", 3615, "salaryMax", 4525))
                .put(classification + "/api/classifications/" + classCode).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> Drills.count(layout,
                "participants", "select count(*) from classification_view where class_code = ?", classCode) == 1);

        DeadLetterReplay replay = new DeadLetterReplay(layout);
        Map<String, Integer> replayed = replay.replay("participants-service");
        assertThat(replayed.getOrDefault(Drills.HR_TOPIC, 0)).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Drills.count(layout, "participants", stored, department) == 1);

        // replayed once: the next replay starts after it
        replay.replay("participants-service");
        try (TopicReader hrTopic = new TopicReader(layout.kafkaBootstrap(), Drills.HR_TOPIC)) {
            hrTopic.awaitRecord(r -> employee.equals(r.key()) && r.headers().lastHeader("replayed-from") != null,
                    Duration.ofSeconds(60));
            // the reader has reached the end once it sees a record written after the second replay
            String marker = department + "-MARK";
            try (TopicWriter writer = new TopicWriter(layout.kafkaBootstrap())) {
                writer.send(Drills.HR_TOPIC, marker, "{}");
            }
            hrTopic.awaitRecord(r -> marker.equals(r.key()), Duration.ofSeconds(60));
            // the marker may sit on another partition than the employee's: read them all to their end
            hrTopic.readToEnd(Duration.ofSeconds(60));
            assertThat(hrTopic.seen(r -> employee.equals(r.key()))).as("the original and one replay").hasSize(2);
        }
    }

    private static String unknownClass(String classification, String hr) {
        Random random = new Random();
        for (int i = 0; i < 50; i++) {
            String code = "97" + (10 + random.nextInt(90));
            if (given().auth().oauth2(hr).get(classification + "/api/classifications/" + code).statusCode() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free class code 9710-9799");
    }
}
