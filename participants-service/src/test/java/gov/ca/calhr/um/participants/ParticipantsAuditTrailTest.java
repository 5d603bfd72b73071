package gov.ca.calhr.um.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Personnel actions from HR systems, over REST or Kafka, leave a trail that names its source and hides names. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ParticipantsAuditTrailTest {

    private static final String NOT_RECORDED = "(personal data, not recorded)";

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static Response trail(String token, String entity, String id) {
        return given().auth().oauth2(token).queryParam("entity", entity).queryParam("id", id).get("/api/audit");
    }

    @Test
    void anActionPostedByAnHrSystemIsAttributedToItAndKeepsNamesOut() {
        String employeeId = id("E");
        String actionId = id("pa");
        assertThat(post(appointment(actionId, employeeId, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);

        Response employee = trail(DGS_COORDINATOR, "employee", employeeId);
        employee.then().statusCode(200)
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].department", equalTo("DGS"))
                .body("items[0].via", equalTo("POST /api/personnel-actions"))
                .body("items[0].actor.subject", equalTo("service-account-hr-system"))
                .body("items[0].actor.roles", equalTo(List.of("hr-system")))
                .body("items[0].changes.after.currentClassCode", equalTo(OFFICE_TECHNICIAN))
                .body("items[0].changes.after.name", equalTo(NOT_RECORDED))
                .body("items[0].changes.after.email", equalTo(NOT_RECORDED));
        assertThat(employee.asString()).doesNotContain("Alex Rivera", "alex.rivera");

        trail(DGS_COORDINATOR, "personnel_action", actionId).then().statusCode(200)
                .body("items[0].changes.after.actionType", equalTo("APPOINTMENT"));
        // the welcome notice carries the coordinator's contact details: recorded as set, not their values
        String noticeId = given().auth().oauth2(DGS_COORDINATOR).queryParam("employeeId", employeeId)
                .get("/api/notices").then().statusCode(200).extract().path("[0].noticeId");
        Response notice = trail(DGS_COORDINATOR, "welcome_notice", noticeId);
        notice.then().statusCode(200)
                .body("items[0].changes.after.coordinatorName", equalTo(NOT_RECORDED))
                .body("items[0].changes.after.classCode", equalTo(OFFICE_TECHNICIAN));
        assertThat(notice.asString()).doesNotContain("Pat Coordinator", "um@dgs.ca.gov", "916-555-0100");

        trail(EDD_COORDINATOR, "employee", employeeId).then().statusCode(404);
        trail(TestTokens.token("calhr-analyst", null, "calhr-analyst"), "employee", employeeId).then().statusCode(403);
    }

    @Test
    void anActionFromTheHrTopicNamesTheRecordItCameIn() throws Exception {
        String employeeId = id("E");
        String actionId = id("pa");
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("hr.personnel-actions.v1", employeeId,
                    new ObjectMapper().writeValueAsString(appointment(actionId, employeeId, "DGS", OFFICE_TECHNICIAN)));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                trail(DGS_COORDINATOR, "employee", employeeId).statusCode() == 200);
        trail(DGS_COORDINATOR, "employee", employeeId).then()
                .body("items[0].via", equalTo("record of hr.personnel-actions.v1 action " + actionId))
                .body("items[0].requestId", equalTo(actionId))
                .body("items[0].actor.subject", equalTo("hr-system"))
                .body("items[0].actor.department", equalTo("DGS"));
    }
}
