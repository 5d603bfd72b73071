package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.stack.ReportingRebuild;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * reporting-service's projections can be rebuilt from the event history: the rebuild command
 * empties them and the replay produces the same report.
 */
@ExtendWith(SharedStack.class)
class ReportingRebuildIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);

    @Test
    void replayingTheTopicsIntoEmptyTablesGivesTheSameReport() {
        Keycloak keycloak = SharedStack.keycloak();
        String hr = keycloak.userToken("dgs-hr");
        String hrSystem = keycloak.hrSystemToken();
        String calhr = keycloak.userToken("calhr-analyst");
        String classification = SharedStack.url("classification-service");
        String participants = SharedStack.url("participants-service");
        String report = SharedStack.url("reporting-service") + "/api/reports/departments/";
        String department = "RB" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("schematicCode", "CA46",
                        "title", "Office Technician (Typing)", "salaryMin", 3615, "salaryMax", 4525))
                .put(classification + "/api/classifications/1139").then().statusCode(200);
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("schematicCode", "JY20",
                        "title", "Staff Services Analyst (General)", "salaryMin", 4045, "salaryMax", 6351))
                .put(classification + "/api/classifications/5157").then().statusCode(200);
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("schematicCode", "CA50",
                        "title", "Office Services Supervisor I (General)", "salaryMin", 4200, "salaryMax", 5300,
                        "umCategory", "NONE", "umDesignationReason", "a supervisory step in the office series"))
                .put(classification + "/api/classifications/1150").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            String employee = department + "-E" + i;
            Map<String, Object> appointment = Map.of("actionId", department + "-A" + i, "actionType", "APPOINTMENT",
                    "employeeId", employee, "department", department, "positionNumber", "100-100-1139-00" + i,
                    "toClassCode", "1139", "transactionCode", "A01", "effectiveDate", "2025-08-01",
                    "employee", Map.of("name", "Employee " + i, "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
            await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
                    .oauth2(hrSystem).contentType(ContentType.JSON).body(appointment)
                    .post(participants + "/api/personnel-actions").statusCode() != 422);
        }
        given().auth().oauth2(hrSystem).contentType(ContentType.JSON)
                .body(Map.of("actionId", department + "-P0", "actionType", "PROMOTION", "employeeId", department + "-E0",
                        "department", department, "positionNumber", "100-100-5157-001", "toClassCode", "5157",
                        "transactionCode", "P01", "effectiveDate", "2026-02-01"))
                .post(participants + "/api/personnel-actions").then().statusCode(202);
        // a promotion within the office series is not upward mobility: not counted
        Map<String, Object> inSeries = Map.of("actionId", department + "-P1", "actionType", "PROMOTION",
                "employeeId", department + "-E1", "department", department, "positionNumber", "100-100-1150-001",
                "toClassCode", "1150", "transactionCode", "P01", "effectiveDate", "2026-02-01");
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(hrSystem)
                .contentType(ContentType.JSON).body(inSeries).post(participants + "/api/personnel-actions")
                .statusCode() != 422);

        String url = report + department + "/2025-26";
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().auth().oauth2(calhr).get(url).then().statusCode(200).extract().jsonPath();
            return r.getInt("lpelEligibleEmployees") == 3 && r.getInt("umAppointments[0].total") == 1
                    && r.getList("lpelClassificationsUsed").equals(java.util.List.of("1139"));
        });
        // both promotions have been counted once only E2 is still LPEL in 2026-27; a UM appointment
        // would have been announced before its action (same employee key): the in-series one added none
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(calhr)
                .get(report + department + "/2026-27").then().statusCode(200).extract().jsonPath()
                .getInt("lpelEligibleEmployees") == 1);
        assertThat(given().auth().oauth2(calhr).get(url).then().extract().jsonPath()
                .getInt("umAppointments[0].total")).isEqualTo(1);
        String before = given().auth().oauth2(calhr).get(url).then().statusCode(200).extract().asString();

        ReportingRebuild rebuild = new ReportingRebuild(SharedStack.stack());
        Map<String, Long> emptied = rebuild.run();
        assertThat(emptied.get("eligibility_period")).isGreaterThanOrEqualTo(3);
        assertThat(emptied.get("employee_facts")).isGreaterThanOrEqualTo(3);
        assertThat(emptied.get("um_appointment_fact")).isGreaterThanOrEqualTo(1);

        String[] after = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            after[0] = given().auth().oauth2(calhr).get(url).then().extract().asString();
            return before.equals(after[0]);
        });
        assertThat(after[0]).isEqualTo(before);
        // the whole history replayed: the shared stack is as other tests expect it, whatever their order
        assertThat(rebuild.awaitReplayed(Duration.ofMinutes(3))).as("replay caught up").isTrue();
    }
}
