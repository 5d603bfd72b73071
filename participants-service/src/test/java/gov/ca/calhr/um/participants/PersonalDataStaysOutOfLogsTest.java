package gov.ca.calhr.um.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.HR_SYSTEM;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Names and e-mail addresses of employees reach neither the service's log (every logger, at every
 * level it writes) nor the error answers, whatever goes wrong with the action that carries them.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class PersonalDataStaysOutOfLogsTest {

    private static final String NAME = "Zebulon Quixote-Marchetti";
    private static final String EMAIL = "zq.marchetti@dgs.ca.gov";

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(String.valueOf(p));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Fixtures.catalogIsKnown();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    private static Map<String, Object> actionOf(String employeeId, String toClass) {
        Map<String, Object> action = appointment(id("A"), employeeId, "DGS", toClass);
        action.put("employee", Map.of("name", NAME, "email", EMAIL, "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        return action;
    }

    @Test
    void failedAndSucceededActionsLogNoNameOrEmail() throws Exception {
        List<String> answers = new ArrayList<>();
        String employeeId = id("E");
        Map<String, Object> good = actionOf(employeeId, OFFICE_TECHNICIAN);
        answers.add(post(good, 202));
        Map<String, Object> reused = new java.util.HashMap<>(good);
        reused.put("effectiveDate", "2025-10-01");
        answers.add(post(reused, 409));
        answers.add(post(actionOf(id("E"), "9997"), 422));
        Map<String, Object> badDate = actionOf(id("E"), OFFICE_TECHNICIAN);
        badDate.put("effectiveDate", NAME);
        answers.add(post(badDate, 400));
        Map<String, Object> badEmployee = actionOf(id("E"), OFFICE_TECHNICIAN);
        badEmployee.put("employee", Map.of("name", NAME, "email", EMAIL, "tenure", NAME, "timeBase", "FULL_TIME"));
        answers.add(post(badEmployee, 400));
        Map<String, Object> longName = actionOf(id("E"), OFFICE_TECHNICIAN);
        longName.put("employee", Map.of("name", NAME.repeat(20), "email", EMAIL, "tenure", "PERMANENT",
                "timeBase", "FULL_TIME"));
        answers.add(given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(longName)
                .post("/api/personnel-actions").then().extract().asString());
        answers.add(given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then()
                .statusCode(200).extract().asString());

        // and over Kafka: a record that is dead-lettered, one that is applied
        String badKey = id("E");
        String goodKey = id("E");
        ObjectMapper mapper = new ObjectMapper();
        try (TopicWriter writer = new TopicWriter(bootstrap());
             TopicReader deadLetters = new TopicReader(bootstrap(), "participants-service.dead-letter.v1")) {
            writer.send("hr.personnel-actions.v1", badKey, mapper.writeValueAsString(actionOf(badKey, "9995")));
            writer.send("hr.personnel-actions.v1", goodKey,
                    mapper.writeValueAsString(actionOf(goodKey, OFFICE_TECHNICIAN)));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                    deadLetters.seen(r -> badKey.equals(r.key())).size() == 1
                            && given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + goodKey).statusCode() == 200);
        }

        assertThat(answers.subList(1, answers.size() - 1)).allSatisfy(answer ->
                assertThat(answer).doesNotContain("Zebulon", "Marchetti", EMAIL));
        synchronized (logged) {
            assertThat(logged).as("something was logged while the actions failed").isNotEmpty();
            assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain("Zebulon", "Marchetti", EMAIL));
        }
    }

    private static String post(Map<String, Object> action, int status) {
        return given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then().statusCode(status).extract().asString();
    }
}
