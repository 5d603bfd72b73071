package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * An employee's whole road across the real services, with the realm's own users: HR appoints
 * DGS-E1001 (dgs-employee) as an Office Technician under dgs-supervisor; the employee applies, the
 * supervisor approves, the coordinator selects; plans-service learns of the participant and the
 * plan is drafted, approved and accepted; the coordinator finds the participant by target class and
 * plan status; a suspension of the plan holds the participation and the participation's
 * reinstatement resumes the plan; the plan is amended and reviewed again; the employee withdraws and
 * plans-service closes the plan.
 */
@ExtendWith(SharedStack.class)
class ParticipationJourneyIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final String EMPLOYEE_ID = "DGS-E1001";
    private static final String SUPERVISOR_ID = "DGS-E1000";

    /** A coordinator's selection, with the factors the guidelines weigh (scored 1-5). */
    static final Map<String, Object> SELECTED = Map.of("outcome", "SELECTED", "reason", "meets objectives",
            "factors", Map.of("departmentObjectives", Map.of("score", 5), "staffingNeeds", Map.of("score", 4),
                    "availableFunds", Map.of("score", 4), "tenure", Map.of("score", 5),
                    "performance", Map.of("score", 4), "motivationAndPotential", Map.of("score", 5),
                    "trainingRelevance", Map.of("score", 4)));

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void selectionStartsAPlanAndWithdrawalClosesIt() {
        Keycloak keycloak = SharedStack.keycloak();
        String hr = keycloak.userToken("dgs-hr");
        String hrSystem = keycloak.hrSystemToken();
        String employee = keycloak.userToken("dgs-employee");
        String supervisor = keycloak.userToken("dgs-supervisor");
        String coordinator = keycloak.userToken("dgs-coordinator");
        String classification = SharedStack.url("classification-service");
        String participants = SharedStack.url("participants-service") + "/api";
        String plans = SharedStack.url("plans-service") + "/api";

        as(hr).body(Map.of("schematicCode", "CA46", "title", "Office Technician (Typing)",
                "salaryMin", 3615, "salaryMax", 4525)).put(classification + "/api/classifications/1139")
                .then().statusCode(200);
        as(hr).body(Map.of("schematicCode", "JY20", "title", "Staff Services Analyst (General)",
                "salaryMin", 4045, "salaryMax", 6351)).put(classification + "/api/classifications/5157")
                .then().statusCode(200).body("umCategory", equalTo("ELTPA"));

        Map<String, Object> appointment = Map.of("actionId", "IT-JOURNEY-" + UUID.randomUUID(),
                "actionType", "APPOINTMENT", "employeeId", EMPLOYEE_ID, "department", "DGS",
                "positionNumber", "307-110-1139-001", "toClassCode", "1139", "transactionCode", "A01",
                "effectiveDate", "2025-08-01", "supervisorId", SUPERVISOR_ID,
                "employee", Map.of("name", "Jordan Lee", "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                as(hrSystem).body(appointment).post(participants + "/personnel-actions").statusCode() == 202);
        endEarlierParticipation(employee, participants, EMPLOYEE_ID, "DGS");

        // the target class must have reached participants-service's read model too
        String[] applicationId = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = as(employee).body(Map.of("careerGoal", "Staff Services Analyst within two years",
                    "targetClassCode", "5157")).post(participants + "/applications");
            applicationId[0] = r.statusCode() == 201 ? r.path("applicationId") : null;
            return applicationId[0] != null;
        });
        as(supervisor).body(Map.of("approved", true, "comments", "ready"))
                .post(participants + "/applications/" + applicationId[0] + "/supervisor-review").then()
                .statusCode(200);
        String participantId = as(coordinator).body(SELECTED)
                .post(participants + "/applications/" + applicationId[0] + "/selection").then()
                .statusCode(200).extract().path("participantId");

        String[] planId = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = as(employee).body(Map.of("supervisorId", SUPERVISOR_ID, "targetClassCode", "5157",
                    "careerObjectives", "Analytical work in contracts", "targetDate", "2028-07-01"))
                    .post(plans + "/plans");
            planId[0] = r.statusCode() == 201 ? r.path("planId") : null;
            return planId[0] != null;
        });
        as(employee).body(Map.of("type", "MENTORING", "title", "Mentoring by a senior analyst"))
                .post(plans + "/plans/" + planId[0] + "/activities").then().statusCode(201);
        as(employee).body("{}").post(plans + "/plans/" + planId[0] + "/submission").then().statusCode(200);
        as(supervisor).body("{}").post(plans + "/plans/" + planId[0] + "/supervisor-approval").then().statusCode(200);
        as(coordinator).body("{}").post(plans + "/plans/" + planId[0] + "/acceptance").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        as(keycloak.userToken("edd-coordinator")).get(plans + "/plans/" + planId[0]).then().statusCode(404);

        // the coordinator's list: participants by target class and by their plan's status, as plans-service announced it
        String activePlans = participants + "/departments/DGS/participants?size=500&targetClassCode=5157&planStatus=";
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> as(coordinator)
                .get(activePlans + "ACTIVE").then().statusCode(200).extract()
                .<List<String>>path("items.participantId").contains(participantId));
        as(coordinator).get(activePlans + "NONE").then().statusCode(200)
                .body("items.participantId", not(hasItem(participantId)));

        // one suspension holds both: the coordinator suspends the plan and the participation follows ...
        as(coordinator).body(Map.of("reason", "missed the required course", "ground", "TRAINING_OR_ACADEMIC_STANDING"))
                .post(plans + "/plans/" + planId[0] + "/suspension").then().statusCode(200);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> "SUSPENDED".equals(
                as(coordinator).get(participants + "/participants/" + participantId).path("status")));
        as(coordinator).get(participants + "/participants/" + participantId).then()
                .body("statusReason", equalTo("plan suspended: missed the required course"));
        // ... and reinstating the participation resumes the plan, without either bouncing back
        as(coordinator).body(Map.of("reason", "course retaken and passed"))
                .post(participants + "/participants/" + participantId + "/reinstatement").then().statusCode(200);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                "ACTIVE".equals(as(coordinator).get(plans + "/plans/" + planId[0]).path("status")));

        // an amendment goes through the review again; participants-service learns the new revision
        as(employee).body(Map.of("reason", "the certification exam moved", "targetDate", "2029-01-01"))
                .post(plans + "/plans/" + planId[0] + "/amendment").then().statusCode(201)
                .body("amendment.revision", equalTo(2));
        as(employee).body("{}").post(plans + "/plans/" + planId[0] + "/submission").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("amendment.status", equalTo("SUBMITTED"));
        as(supervisor).body("{}").post(plans + "/plans/" + planId[0] + "/supervisor-approval").then().statusCode(200);
        as(coordinator).body("{}").post(plans + "/plans/" + planId[0] + "/acceptance").then().statusCode(200)
                .body("revision", equalTo(2)).body("targetDate", equalTo("2029-01-01"));
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> Integer.valueOf(2).equals(
                as(coordinator).get(participants + "/participants/" + participantId).path("plan.revision")));
        as(coordinator).get(participants + "/participants/" + participantId).then()
                .body("status", equalTo("ACTIVE"))
                .body("plan.targetDate", equalTo("2029-01-01"))
                .body("history.status", equalTo(List.of("ACTIVE", "SUSPENDED", "ACTIVE")));

        as(employee).body(Map.of("reason", "moving to another city"))
                .post(participants + "/participants/" + participantId + "/withdrawal").then().statusCode(200);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                "CLOSED".equals(as(coordinator).get(plans + "/plans/" + planId[0]).path("status")));
    }

    /** A stack that keeps its data may hold this employee's participation from an earlier run. */
    static void endEarlierParticipation(String employee, String participants, String employeeId,
                                        String department) {
        String current = as(employee).get(participants + "/employees/" + employeeId).then().statusCode(200)
                .extract().path("participantId");
        if (current != null) {
            as(employee).body(Map.of("reason", "system test rerun"))
                    .post(participants + "/participants/" + current + "/withdrawal").then().statusCode(200);
        }
        List<String> open = as(employee).get(participants + "/departments/" + department + "/applications?size=500").then()
                .statusCode(200).extract().path("items.findAll { it.status in ['SUBMITTED','SUPERVISOR_APPROVED',"
                        + "'WAITLISTED'] }.applicationId");
        open.forEach(id -> as(employee).post(participants + "/applications/" + id + "/withdrawal").then()
                .statusCode(200));
    }
}
