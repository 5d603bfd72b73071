package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static gov.ca.calhr.um.participants.Fixtures.ANALYST;
import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.DGS_HR;
import static gov.ca.calhr.um.participants.Fixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.HR_SYSTEM;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_SUPERVISOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.action;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Personnel actions of every kind, in any order, one at a time, in batches and from Kafka. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class EmployeeRegistryTest {

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static io.restassured.response.ValidatableResponse employee(String employeeId) {
        return given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then();
    }

    @Test
    void latestEffectiveDateWinsWhateverTheArrivalOrder() {
        String employeeId = id("E");
        String appointmentId = id("A");
        Map<String, Object> promotion = action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2026-03-01");
        promotion.put("fromClassCode", OFFICE_TECHNICIAN);
        promotion.put("employee", Map.of("name", "Alex Rivera", "tenure", "PERMANENT", "timeBase", "FULL_TIME",
                "email", "alex.rivera@dgs.ca.gov"));
        Map<String, Object> appointment = appointment(appointmentId, employeeId, "DGS", OFFICE_TECHNICIAN);
        appointment.put("effectiveDate", "2025-01-15");
        // what the older action says about the employee does not replace what the newer one said
        appointment.put("employee", Map.of("name", "Alex Rivera", "tenure", "PROBATIONARY", "timeBase", "PART_TIME"));

        assertThat(post(promotion)).isEqualTo(202);
        assertThat(post(appointment)).isEqualTo(202);
        employee(employeeId).statusCode(200)
                .body("currentClassCode", equalTo(ANALYST))
                .body("classEffective", equalTo("2026-03-01"))
                .body("name", equalTo("Alex Rivera"))
                .body("tenure", equalTo("PERMANENT"))
                .body("timeBase", equalTo("FULL_TIME"))
                .body("email", equalTo("alex.rivera@dgs.ca.gov"))
                .body("lpelEligible", equalTo(false));

        // the same actions again change nothing
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(appointment)
                .post("/api/personnel-actions").then().statusCode(200).body("duplicate", equalTo(true));
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(promotion)
                .post("/api/personnel-actions").then().statusCode(200)
                .body("duplicate", equalTo(true)).body("umAppointment", equalTo(true));
        employee(employeeId).body("currentClassCode", equalTo(ANALYST));
    }

    @Test
    void separationEndsEligibilityAndAnEarlierActionArrivingLateDoesNotUndoIt() {
        String employeeId = id("E");
        assertThat(post(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);
        given().auth().oauth2(DGS_COORDINATOR).get("/api/departments/DGS/employees?eligible=true&size=500").then()
                .statusCode(200).body("items.employeeId", hasItem(employeeId));

        assertThat(post(action(id("A"), "SEPARATION", employeeId, "DGS", null, "2026-06-30"))).isEqualTo(202);
        assertThat(post(action(id("A"), "TRANSFER", employeeId, "DGS", OFFICE_TECHNICIAN, "2026-02-01")))
                .isEqualTo(202);
        employee(employeeId).statusCode(200)
                .body("status", equalTo("SEPARATED"))
                .body("classEffective", equalTo("2026-06-30"))
                .body("lpelEligible", equalTo(false));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/departments/DGS/employees?eligible=true&size=500").then()
                .statusCode(200).body("items.employeeId", not(hasItem(employeeId)));
    }

    @Test
    void trainingAndDevelopmentAssignmentStartsAndEnds() {
        String employeeId = id("E");
        assertThat(post(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);
        assertThat(post(action(id("A"), "TD_START", employeeId, "DGS", ANALYST, "2026-01-05"))).isEqualTo(202);
        employee(employeeId).body("tdAssignment.classCode", equalTo(ANALYST))
                .body("currentClassCode", equalTo(OFFICE_TECHNICIAN))
                .body("lpelEligible", equalTo(true));
        assertThat(post(action(id("A"), "TD_END", employeeId, "DGS", null, "2026-07-05"))).isEqualTo(202);
        employee(employeeId).body("tdAssignment", nullValue());
    }

    @Test
    void lpelToEltpaPromotionIsOneUmAppointmentButAPromotionWithinTheSeriesIsNone() {
        String upward = id("E");
        String inSeries = id("E");
        String inSeriesPromotion = id("A");
        try (TopicReader events = new TopicReader(bootstrap(), "participants.employee.v1")) {
            assertThat(post(appointment(id("A"), upward, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);
            assertThat(post(appointment(id("A"), inSeries, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(action(inSeriesPromotion, "PROMOTION", inSeries, "DGS", OFFICE_SUPERVISOR, "2026-02-01"))
                    .post("/api/personnel-actions").then().statusCode(202).body("umAppointment", equalTo(false));
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(action(id("A"), "PROMOTION", upward, "DGS", ANALYST, "2026-02-01"))
                    .post("/api/personnel-actions").then().statusCode(202).body("umAppointment", equalTo(true));

            ConsumerRecord<String, String> recorded = events.awaitRecord(r -> upward.equals(r.key())
                    && r.value().contains("\"UmAppointmentRecorded\""), Duration.ofSeconds(30));
            EventContracts.assertConforms(recorded.value());
            assertThat(recorded.value()).contains("\"fromClassCode\":\"1139\"", "\"toClassCode\":\"5157\"",
                    "\"participant\":false", "\"effectiveDate\":\"2026-02-01\"");
            // the in-series promotion's own event comes after anything it would have caused (same key)
            events.awaitRecord(r -> inSeries.equals(r.key()) && r.value().contains(inSeriesPromotion),
                    Duration.ofSeconds(30));
            assertThat(events.seen(r -> r.value().contains("\"UmAppointmentRecorded\"")
                    && (upward.equals(r.key()) || inSeries.equals(r.key()))))
                    .hasSize(1);
        }
    }

    @Test
    void batchAppliesEveryActionOrNone() {
        String first = id("E");
        String second = id("E");
        List<Map<String, Object>> good = List.of(
                appointment(id("A"), first, "DGS", OFFICE_TECHNICIAN),
                appointment(id("A"), second, "DGS", OFFICE_TECHNICIAN),
                action(id("A"), "PROMOTION", first, "DGS", ANALYST, "2026-04-01"));
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(Map.of("actions", good))
                .post("/api/personnel-actions/batch").then()
                .statusCode(200)
                .body("applied", equalTo(3))
                .body("results[2].umAppointment", equalTo(true));
        employee(first).body("currentClassCode", equalTo(ANALYST));

        String untouched = id("E");
        List<Map<String, Object>> oneUnknownClass = List.of(
                appointment(id("A"), untouched, "DGS", OFFICE_TECHNICIAN),
                appointment(id("A"), id("E"), "DGS", "9997"));
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(Map.of("actions", oneUnknownClass))
                .post("/api/personnel-actions/batch").then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("actions[1].toClassCode"));
        employee(untouched).statusCode(404);

        Map<String, Object> noDate = appointment(id("A"), id("E"), "DGS", OFFICE_TECHNICIAN);
        noDate.remove("effectiveDate");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(Map.of("actions", List.of(appointment(id("A"), untouched, "DGS", OFFICE_TECHNICIAN), noDate)))
                .post("/api/personnel-actions/batch").then()
                .statusCode(400)
                .body("violations.field", hasItem(startsWith("actions[1]")));
        employee(untouched).statusCode(404);
    }

    @Test
    void actionsMustNameTheClassTheirKindNeeds() {
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(action(id("A"), "PROMOTION", id("E"), "DGS", null, "2026-01-01"))
                .post("/api/personnel-actions").then()
                .statusCode(400).body("violations.field", hasItem("toClassCode"));
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(action(id("A"), "SEPARATION", id("E"), "DGS", OFFICE_TECHNICIAN, "2026-01-01"))
                .post("/api/personnel-actions").then()
                .statusCode(400).body("violations.field", hasItem("toClassCode"));
        Map<String, Object> unknownType = appointment(id("A"), id("E"), "DGS", OFFICE_TECHNICIAN);
        unknownType.put("actionType", "RETIREMENT_PARTY");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(unknownType)
                .post("/api/personnel-actions").then()
                .statusCode(400).body("violations.field", hasItem("actionType"));
    }

    @Test
    void anEmployeeHrHasNotNamedYetCountsButIsListedOnlyOnceAnActionNamesThem() {
        // actions arrive out of order: the promotion without the employee's details comes first
        String employeeId = id("E");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2026-01-01"))
                .post("/api/personnel-actions").then().statusCode(202).body("disposition", equalTo("APPLIED"));
        employee(employeeId).statusCode(404);
        given().auth().oauth2(DGS_HR).get("/api/employees/" + employeeId + "/personnel-actions").then()
                .statusCode(200).body("actions", hasSize(1));
        Map<String, Object> hire = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        hire.put("effectiveDate", "2025-03-01");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(hire)
                .post("/api/personnel-actions").then().statusCode(202);
        // the appointment names them; the promotion it preceded is a UM appointment after all
        employee(employeeId).statusCode(200).body("name", equalTo("Alex Rivera"))
                .body("currentClassCode", equalTo(ANALYST));
        given().auth().oauth2(DGS_HR).get("/api/employees/" + employeeId + "/personnel-actions").then()
                .statusCode(200).body("umAppointments", hasSize(1))
                .body("umAppointments[0].fromClassCode", equalTo(OFFICE_TECHNICIAN));
    }

    @Test
    void actionsPublishedToKafkaAreAppliedAndBadOnesDeadLettered() throws Exception {
        String employeeId = id("E");
        String badKey = id("E");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (TopicWriter writer = new TopicWriter(bootstrap());
             TopicReader deadLetters = new TopicReader(bootstrap(), "participants-service.dead-letter.v1")) {
            Map<String, Object> unknownClass = appointment(id("A"), badKey, "DGS", "9996");
            writer.send("hr.personnel-actions.v1", badKey, mapper.writeValueAsString(unknownClass));
            writer.send("hr.personnel-actions.v1", badKey, "{\"actionId\":");
            writer.send("hr.personnel-actions.v1", employeeId,
                    mapper.writeValueAsString(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN)));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId)
                            .statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> deadLetters.seen(r -> badKey.equals(r.key())).size() == 2);
            employee(badKey).statusCode(404);
        }
    }

    @Test
    void employeeRecordsAreVisibleToTheirOwnDepartmentOnly() {
        String employeeId = id("E");
        String supervisorId = id("S");
        Map<String, Object> appointment = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        appointment.put("supervisorId", supervisorId);
        assertThat(post(appointment)).isEqualTo(202);

        employee(employeeId).statusCode(200).body("supervisorId", equalTo(supervisorId))
                .body("lpelEligible", equalTo(true)).body("umCategory", equalTo("LPEL"));
        given().auth().oauth2(TestTokens.tokenFor("self", "DGS", employeeId, "employee"))
                .get("/api/employees/" + employeeId).then().statusCode(200);
        given().auth().oauth2(TestTokens.tokenFor("boss", "DGS", supervisorId, "supervisor"))
                .get("/api/employees/" + employeeId).then().statusCode(200);
        given().auth().oauth2(TestTokens.tokenFor("other-boss", "DGS", id("S"), "supervisor"))
                .get("/api/employees/" + employeeId).then().statusCode(404);
        given().auth().oauth2(EDD_COORDINATOR).get("/api/employees/" + employeeId).then()
                .statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(EDD_COORDINATOR).get("/api/departments/DGS/employees").then().statusCode(403);
        given().auth().oauth2(HR_SYSTEM).get("/api/employees/" + employeeId).then().statusCode(403);
    }
}
