package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.testkit.TopicReader;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * The whole path across services with real Keycloak tokens, Kafka and PostgreSQL: the HR system
 * posts an LPEL appointment, the welcome notice appears, the department's eligible count rises
 * by one; posting it again changes nothing; another department's coordinator is refused.
 */
@ExtendWith(SharedStack.class)
class WalkingSkeletonIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private Keycloak keycloak;
    private String participants;
    private String reporting;

    @BeforeEach
    void urls() {
        keycloak = SharedStack.keycloak();
        participants = SharedStack.url("participants-service");
        reporting = SharedStack.url("reporting-service");
    }

    private Map<String, Object> appointment(String actionId, String employeeId, String effectiveDate) {
        return Map.of("actionId", actionId, "actionType", "APPOINTMENT", "employeeId", employeeId, "department", "DGS",
                "positionNumber", "307-110-1139-042", "toClassCode", "1139", "transactionCode", "A01",
                "effectiveDate", effectiveDate,
                "employee", Map.of("name", "Taylor Kim", "email", "taylor.kim@example.ca.gov",
                        "tenure", "PROBATIONARY", "timeBase", "FULL_TIME"));
    }

    private static String newEmployeeId() {
        return "DGS-IT-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private long eligible(String token, String fiscalYear) {
        return given().auth().oauth2(token).get(reporting + "/api/reports/departments/DGS/" + fiscalYear)
                .then().statusCode(200).extract().jsonPath().getLong("lpelEligibleEmployees");
    }

    /** The first appointments reach participants-service only once it has the catalog. */
    private int post(String hrSystem, Map<String, Object> action) {
        int[] status = new int[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            status[0] = given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(action)
                    .post(participants + "/api/personnel-actions").statusCode();
            return status[0] != 422;
        });
        return status[0];
    }

    @Test
    void lpelAppointmentFlowsFromHrSystemToNoticeAndReport() {
        String hrSystem = keycloak.hrSystemToken();
        String dgsCoordinator = keycloak.userToken("dgs-coordinator");
        String eddCoordinator = keycloak.userToken("edd-coordinator");
        String employeeId = newEmployeeId();
        String actionId = "IT-" + UUID.randomUUID();
        // the coordinator keeps the program in reporting-service; welcome notices name them from its event
        given().auth().oauth2(dgsCoordinator).contentType(ContentType.JSON)
                .body(Map.of("coordinatorName", "Dana Coordinator", "coordinatorEmail", "um@dgs.example.ca.gov"))
                .put(reporting + "/api/departments/DGS/program").then()
                .statusCode(200);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> "um@dgs.example.ca.gov".equals(
                given().auth().oauth2(dgsCoordinator).get(participants + "/api/departments/DGS/program-settings")
                        .path("coordinatorEmail")));
        // FY 2019-20: no other test appoints anyone in DGS in it (the count must rise by exactly one)
        long before = eligible(dgsCoordinator, "2019-20");

        try (TopicReader events = new TopicReader(SharedStack.layout().kafkaBootstrap(), "participants.employee.v1")) {
            assertThat(post(hrSystem, appointment(actionId, employeeId, "2019-10-01"))).isEqualTo(202);
            String noticeId = given().auth().oauth2(dgsCoordinator)
                    .get(participants + "/api/notices?employeeId=" + employeeId).then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].classCode", equalTo("1139"))
                    .body("[0].coordinator.email", equalTo("um@dgs.example.ca.gov"))
                    .extract().path("[0].noticeId");
            await().atMost(EVENTUAL).until(() -> eligible(dgsCoordinator, "2019-20") == before + 1);

            // the same personnel action again: the original outcome, nothing new anywhere
            given().auth().oauth2(hrSystem).contentType(ContentType.JSON)
                    .body(appointment(actionId, employeeId, "2019-10-01"))
                    .post(participants + "/api/personnel-actions").then()
                    .statusCode(200)
                    .body("duplicate", equalTo(true))
                    .body("welcomeNoticeId", equalTo(noticeId));
            // a later, different appointment as a marker: once it counts, the duplicate has had its chance
            String marker = newEmployeeId();
            assertThat(post(hrSystem, appointment("IT-" + UUID.randomUUID(), marker, "2019-11-01"))).isEqualTo(202);
            await().atMost(EVENTUAL).until(() -> eligible(dgsCoordinator, "2019-20") == before + 2);
            events.awaitRecord(r -> marker.equals(r.key()), EVENTUAL);
            // the marker may sit on another partition than the employee's: read them all to their end
            events.readToEnd(EVENTUAL);

            given().auth().oauth2(dgsCoordinator).get(participants + "/api/notices?employeeId=" + employeeId).then()
                    .body("size()", equalTo(1));
            // the action announced once, and the employee's derived facts once (version 1)
            List<ConsumerRecord<String, String>> announced = events.seen(r -> employeeId.equals(r.key()));
            assertThat(announced).hasSize(2);
            announced.forEach(r -> EventContracts.assertConforms(r.topic(), r.value()));
            assertThat(announced).anySatisfy(r -> assertThat(r.value()).contains("\"PersonnelActionApplied\"", actionId));
            assertThat(announced).anySatisfy(r -> assertThat(r.value())
                    .contains("\"EmployeeFactsChanged\"", "\"version\":1", "\"from\":\"2019-10-01\""));
        }

        // another department's coordinator: no report, no notices
        given().auth().oauth2(eddCoordinator).get(reporting + "/api/reports/departments/DGS/2019-20").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(eddCoordinator).get(participants + "/api/notices?employeeId=" + employeeId).then()
                .statusCode(404);
    }

    @Test
    void employeeReadsOwnWelcomeNoticeWithTheirRealmToken() {
        // dgs-employee's token carries employee_id DGS-E1001
        String hrSystem = keycloak.hrSystemToken();
        String actionId = "IT-" + UUID.randomUUID();
        // FY 2020-21: FY 2019-20 belongs to the eligibility count of the test above
        assertThat(post(hrSystem, appointment(actionId, "DGS-E1001", "2021-02-03"))).isEqualTo(202);
        given().auth().oauth2(keycloak.userToken("dgs-employee"))
                .get(participants + "/api/notices?employeeId=DGS-E1001").then()
                .statusCode(200)
                .body("department", hasItem("DGS"));
        given().auth().oauth2(keycloak.userToken("dgs-supervisor"))
                .get(participants + "/api/notices?employeeId=DGS-E1001").then()
                .statusCode(403);
    }

    @Test
    void tokensOfTheRealmAreRequiredAndRolesAreEnforced() {
        given().get(participants + "/api/notices?employeeId=DGS-E1001").then().statusCode(401);
        given().auth().oauth2(keycloak.userToken("dgs-hr")).contentType(ContentType.JSON)
                .body(appointment("IT-" + UUID.randomUUID(), "DGS-X", "2020-01-01"))
                .post(participants + "/api/personnel-actions").then()
                .statusCode(403);
        given().auth().oauth2(keycloak.userToken("calhr-analyst"))
                .get(reporting + "/api/reports/departments/EDD/2025-26").then()
                .statusCode(200)
                .body("department", equalTo("EDD"));
    }
}
