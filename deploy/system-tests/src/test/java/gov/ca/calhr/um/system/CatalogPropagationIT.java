package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A change in classification-service reaches participants-service's read model through Kafka:
 * HR adds a class, then changes its UM category, and appointments follow the new facts.
 */
@ExtendWith(SharedStack.class)
class CatalogPropagationIT {

    private static Map<String, Object> appointment(String classCode) {
        return Map.of("actionId", "IT-" + UUID.randomUUID(), "actionType", "APPOINTMENT", "employeeId", "EDD-IT-" + UUID.randomUUID().toString().substring(0, 8),
                "department", "EDD", "positionNumber", "701-220-" + classCode + "-001", "toClassCode", classCode,
                "transactionCode", "A01", "effectiveDate", "2026-03-02",
                "employee", Map.of("name", "Jamie Park", "tenure", "PERMANENT", "timeBase", "PART_TIME"));
    }

    @Test
    void classificationChangesReachTheParticipantsReadModel() {
        Keycloak keycloak = SharedStack.keycloak();
        String hr = keycloak.userToken("edd-hr");
        String hrSystem = keycloak.hrSystemToken();
        String classification = SharedStack.url("classification-service");
        String participants = SharedStack.url("participants-service");

        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "CA77", "title", "Document Processing Clerk",
                        "salaryMin", 3100, "salaryMax", 3850))
                .put(classification + "/api/classifications/1777").then()
                .statusCode(200);

        // unknown to participants-service until the event arrives; then LPEL: a welcome notice
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(appointment("1777"))
                        .post(participants + "/api/personnel-actions").statusCode() == 202);
        given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(appointment("1777"))
                .post(participants + "/api/personnel-actions").then()
                .statusCode(202).body("welcomeNoticeId", notNullValue());

        // HR designates it NONE: appointments no longer make LPEL employees
        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "CA77", "title", "Document Processing Clerk",
                        "salaryMin", 3100, "salaryMax", 3850, "umCategory", "NONE",
                        "umDesignationReason", "system test: re-categorised"))
                .put(classification + "/api/classifications/1777").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(appointment("1777"))
                        .post(participants + "/api/personnel-actions").then().statusCode(202)
                        .extract().path("welcomeNoticeId") == null);
        given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(appointment("1777"))
                .post(participants + "/api/personnel-actions").then()
                .statusCode(202).body("welcomeNoticeId", nullValue());
    }

    /**
     * classification-service owns the catalog and a department's UM classes; reporting keeps copies
     * fed by their events: a goal may name a new ELTPA class once its event arrived, and the
     * department's UM classes show in its program and its report.
     */
    @Test
    void reportingFollowsTheCatalogAndTheDepartmentsUmClassesThatClassificationOwns() {
        Keycloak keycloak = SharedStack.keycloak();
        String hr = keycloak.userToken("edd-hr");
        String coordinator = keycloak.userToken("edd-coordinator");
        String classification = SharedStack.url("classification-service");
        String reporting = SharedStack.url("reporting-service");
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        String fiscalYear = start + "-" + String.format("%02d", (start + 1) % 100);

        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "JY77", "title", "System Test Analyst", "salaryMin", 4100,
                        "salaryMax", 6400))
                .put(classification + "/api/classifications/5777").then()
                .statusCode(200).body("umCategory", equalTo("ELTPA"));
        Map<String, Object> goals = Map.of("goals", List.of(Map.of("classCode", "5777", "expectedAppointments", 1,
                "timetable", "by June")));
        // unknown to reporting until the catalog's event arrives
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(goals)
                        .put(reporting + "/api/departments/EDD/goals/2031-32").statusCode() == 200);

        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of("5777", "5157"), "bridgingClassCodes", List.of()))
                .put(classification + "/api/departments/EDD/um-classifications").then()
                .statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("coordinatorName", "Eli Coordinator", "coordinatorEmail", "um@edd.example.ca.gov"))
                .put(reporting + "/api/departments/EDD/program").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(coordinator).get(reporting + "/api/departments/EDD/program").then()
                        .statusCode(200).body("umClassCodes", equalTo(List.of("5157", "5777"))));
        given().auth().oauth2(coordinator).get(reporting + "/api/reports/departments/EDD/" + fiscalYear).then()
                .statusCode(200).body("umClassificationsUsed", hasItems("5157", "5777"));
    }
}
