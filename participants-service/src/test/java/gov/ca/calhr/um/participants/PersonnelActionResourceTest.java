package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.DGS_HR;
import static gov.ca.calhr.um.participants.Fixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.HR_SYSTEM;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class PersonnelActionResourceTest {

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    @Test
    void lpelAppointmentIssuesOneWelcomeNoticeAndAnnouncesIt() {
        String employeeId = "E-" + UUID.randomUUID();
        String actionId = "A-" + UUID.randomUUID();
        String employee = TestTokens.tokenFor("emp", "DGS", employeeId, "employee");
        try (TopicReader notices = new TopicReader(bootstrap(), "participants.notice.v1");
             TopicReader actions = new TopicReader(bootstrap(), "participants.employee.v1")) {
            String noticeId = given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(appointment(actionId, employeeId, "DGS", "1139"))
                    .post("/api/personnel-actions").then()
                    .statusCode(202)
                    .body("duplicate", equalTo(false))
                    .body("welcomeNoticeId", notNullValue())
                    .extract().path("welcomeNoticeId");

            // the same action again: same outcome, nothing new
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(appointment(actionId, employeeId, "DGS", "1139"))
                    .post("/api/personnel-actions").then()
                    .statusCode(200)
                    .body("duplicate", equalTo(true))
                    .body("welcomeNoticeId", equalTo(noticeId));

            given().auth().oauth2(employee).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].noticeId", equalTo(noticeId))
                    .body("[0].coordinator.email", equalTo("um@dgs.ca.gov"))
                    .body("[0].criteria", startsWith("You hold a low-paying entry-level"));
            given().auth().oauth2(DGS_HR).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(200).body("$", hasSize(1));
            given().auth().oauth2(EDD_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(404);
            given().auth().oauth2(TestTokens.tokenFor("other", "DGS", "E-OTHER", "employee"))
                    .get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(404);

            ConsumerRecord<String, String> issued = notices.awaitRecord(r -> employeeId.equals(r.key()),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(issued.value());
            ConsumerRecord<String, String> applied = actions.awaitRecord(r -> employeeId.equals(r.key())
                    && r.value().contains("\"PersonnelActionApplied\""), Duration.ofSeconds(30));
            EventContracts.assertConforms(applied.value());
            assertThat(applied.value()).contains("\"lpelEligible\":true");
            ConsumerRecord<String, String> facts = actions.awaitRecord(r -> employeeId.equals(r.key())
                    && r.value().contains("\"EmployeeFactsChanged\""), Duration.ofSeconds(30));
            EventContracts.assertConforms(facts.value());
            assertThat(facts.value()).contains("\"version\":1", "\"classCode\":\"1139\"", "\"to\":null");
            // one action, one announcement of it and one of the facts it changed
            assertThat(actions.seen(r -> employeeId.equals(r.key()))).hasSize(2);
            assertThat(notices.seen(r -> employeeId.equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void eltpaAppointmentIssuesNoNotice() {
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment("A-" + UUID.randomUUID(), employeeId, "DGS", "5157"))
                .post("/api/personnel-actions").then()
                .statusCode(202)
                .body("welcomeNoticeId", nullValue());
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void sameActionIdWithOtherContentIsAConflict() {
        String actionId = "A-" + UUID.randomUUID();
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment(actionId, employeeId, "DGS", "1139"))
                .post("/api/personnel-actions").then().statusCode(202);
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment(actionId, employeeId, "DGS", "5157"))
                .post("/api/personnel-actions").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownClassIsRejectedWithNothingWritten() {
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment("A-" + UUID.randomUUID(), employeeId, "DGS", "9998"))
                .post("/api/personnel-actions").then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("toClassCode"));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(404);
    }

    @Test
    void malformedActionsNameTheField() {
        Map<String, Object> action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "1139");
        action.remove("effectiveDate");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("effectiveDate"));

        action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "113");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .body("violations.field", hasItem("toClassCode"));

        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body("{\"actionId\": [")
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));

        action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "1139");
        action.put("effectiveDate", "next tuesday");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("effectiveDate"));
    }

    @Test
    void onlyHrSystemsPostActions() {
        given().contentType(ContentType.JSON).body(appointment("A-x", "E-1", "DGS", "1139"))
                .post("/api/personnel-actions").then().statusCode(401);
        given().auth().oauth2(DGS_HR).contentType(ContentType.JSON).body(appointment("A-x", "E-1", "DGS", "1139"))
                .post("/api/personnel-actions").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
