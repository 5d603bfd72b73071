package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.system.TimelineConvergenceIT.action;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The annual report through the whole platform: HR's personnel actions into participants-service,
 * the derived facts through Kafka into reporting-service, the figures CalHR reads. The expected
 * figures are worked out by hand from the rules (DOMAIN.md; fiscal year July 1 - June 30).
 */
@ExtendWith(SharedStack.class)
class AnnualReportIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);

    private static Map<String, Object> hire(String d, String employee, String classCode, String date) {
        Map<String, Object> a = action(d + "-" + UUID.randomUUID(), "APPOINTMENT", employee, d, classCode, date);
        a.put("employee", Map.of("name", "Employee " + employee, "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        return a;
    }

    private static void post(String participants, String hrSystem, Map<String, Object> action) {
        given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(action)
                .post(participants + "/api/personnel-actions").then().statusCode(202);
    }

    /**
     * <ol>
     *   <li>E1: LPEL on 2025-06-30 (the last day of 2024-25), promoted to ELTPA 2025-07-01 (the first day of
     *   2025-26): eligible in 2024-25 only; a UM appointment in 2025-26.</li>
     *   <li>E2: LPEL 2024-03-01, separated 2026-06-30, hired into ELTPA 2026-08-01: eligible in 2023-24 to 2025-26;
     *   the hire after the separation is no UM appointment.</li>
     *   <li>E3: LPEL 2025-07-01, promoted to ELTPA 2026-06-30: eligible in 2025-26; a UM appointment in it.</li>
     * </ol>
     * 2024-25: 2 eligible (E1, E2), no UM appointment. 2025-26: 2 eligible (E2, E3), 2 UM appointments
     * (E1 on 2025-07-01, E3 on 2026-06-30). 2026-27: no one eligible, no UM appointment.
     */
    @Test
    void fiscalYearEdgesCountAsTheRulesSay() {
        Keycloak keycloak = SharedStack.keycloak();
        String hrSystem = keycloak.hrSystemToken();
        String calhr = keycloak.userToken("calhr-analyst");
        String participants = SharedStack.url("participants-service");
        TimelineConvergenceIT.catalogIsKnown(SharedStack.url("classification-service"), participants,
                keycloak.userToken("dgs-hr"), hrSystem);
        String d = "FY" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        post(participants, hrSystem, hire(d, d + "-E1", "1139", "2025-06-30"));
        post(participants, hrSystem, action(d + "-P1", "PROMOTION", d + "-E1", d, "5157", "2025-07-01"));
        post(participants, hrSystem, hire(d, d + "-E2", "1139", "2024-03-01"));
        post(participants, hrSystem, action(d + "-S2", "SEPARATION", d + "-E2", d, null, "2026-06-30"));
        post(participants, hrSystem, hire(d, d + "-E2", "5157", "2026-08-01"));
        post(participants, hrSystem, hire(d, d + "-E3", "1139", "2025-07-01"));
        post(participants, hrSystem, action(d + "-P3", "PROMOTION", d + "-E3", d, "5157", "2026-06-30"));

        String reports = SharedStack.url("reporting-service") + "/api/reports/departments/" + d;
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath r = given().auth().oauth2(calhr).get(reports + "/2025-26").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(r.getInt("lpelEligibleEmployees")).as("eligible in 2025-26").isEqualTo(2);
            assertThat(r.getInt("umAppointments[0].total")).as("UM appointments in 2025-26").isEqualTo(2);
            assertThat(r.getInt("umAppointments[1].total")).as("UM appointments in 2024-25").isZero();
        });
        given().auth().oauth2(calhr).get(reports + "/2024-25").then().statusCode(200)
                .body("lpelEligibleEmployees", equalTo(2)).body("umAppointments[0].total", equalTo(0));
        given().auth().oauth2(calhr).get(reports + "/2026-27").then().statusCode(200)
                .body("lpelEligibleEmployees", equalTo(0)).body("umAppointments[0].total", equalTo(0));
        // the rows behind the figures, as CalHR checks them by hand
        given().auth().oauth2(calhr).get(reports + "/2025-26/um-appointments").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.effectiveDate", equalTo(List.of("2025-07-01", "2026-06-30")))
                .body("items.employeeId", equalTo(List.of(d + "-E1", d + "-E3")));
        given().auth().oauth2(calhr).get(reports + "/2025-26/eligible-employees").then().statusCode(200)
                .body("items.employeeId", equalTo(List.of(d + "-E2", d + "-E3")));
    }

    /**
     * EDD's 2018-19 report (a year no other test writes): one UM appointment when it is submitted;
     * HR reports a second one late. The live report shows two, the submitted one and the statewide
     * roll-up one, until the coordinator resubmits after CalHR returns it.
     */
    @Test
    void whatWasSubmittedStaysAsSubmittedWhenLateActionsArrive() {
        Keycloak keycloak = SharedStack.keycloak();
        String hrSystem = keycloak.hrSystemToken();
        String calhr = keycloak.userToken("calhr-analyst");
        String coordinator = keycloak.userToken("edd-coordinator");
        String participants = SharedStack.url("participants-service");
        TimelineConvergenceIT.catalogIsKnown(SharedStack.url("classification-service"), participants,
                keycloak.userToken("dgs-hr"), hrSystem);
        String reporting = SharedStack.url("reporting-service");
        String report = reporting + "/api/reports/departments/EDD/2018-19";
        String statewide = reporting + "/api/reports/statewide/2018-19";
        String run = UUID.randomUUID().toString().substring(0, 8);
        JsonPath start = given().auth().oauth2(calhr).get(report).then().statusCode(200).extract().jsonPath();
        long before = start.getLong("umAppointments[0].total");
        if ("SUBMITTED".equals(start.getString("submission.status"))) {
            // a run before this one left it submitted (the stack's data outlives a run): CalHR returns it
            given().auth().oauth2(calhr).contentType(ContentType.JSON)
                    .body(Map.of("accepted", false, "comments", "test run again")).post(report + "/feedback").then()
                    .statusCode(200);
        }

        post(participants, hrSystem, hire("EDD", "EDD-SUB-" + run + "-1", "1139", "2017-09-01"));
        post(participants, hrSystem, action("EDD-SUB-" + run + "-P1", "PROMOTION", "EDD-SUB-" + run + "-1", "EDD",
                "5157", "2018-10-01"));
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(coordinator).get(report).then().body("umAppointments[0].total",
                        equalTo((int) before + 1)));
        int version = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .post(report + "/submission").then().statusCode(200)
                .body("edition.kind", equalTo("SUBMITTED"))
                .body("umAppointments[0].total", equalTo((int) before + 1))
                .extract().path("edition.version");

        post(participants, hrSystem, hire("EDD", "EDD-SUB-" + run + "-2", "1139", "2017-09-01"));
        post(participants, hrSystem, action("EDD-SUB-" + run + "-P2", "PROMOTION", "EDD-SUB-" + run + "-2", "EDD",
                "5157", "2019-02-01"));
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(coordinator).get(report).then().body("umAppointments[0].total",
                        equalTo((int) before + 2)).body("edition.kind", equalTo("LIVE")));
        given().auth().oauth2(calhr).get(report + "/submissions/latest").then().statusCode(200)
                .body("edition.version", equalTo(version))
                .body("umAppointments[0].total", equalTo((int) before + 1));
        given().auth().oauth2(calhr).get(statewide).then().statusCode(200)
                .body("departments.find { it.department == 'EDD' }.umAppointments", equalTo((int) before + 1));

        given().auth().oauth2(calhr).contentType(ContentType.JSON)
                .body(Map.of("accepted", false, "comments", "count the February promotion"))
                .post(report + "/feedback").then().statusCode(200).body("submission.status", equalTo("RETURNED"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .post(report + "/submission").then().statusCode(200)
                .body("edition.version", equalTo(version + 1))
                .body("umAppointments[0].total", equalTo((int) before + 2));
        given().auth().oauth2(calhr).get(statewide).then().statusCode(200)
                .body("departments.find { it.department == 'EDD' }.umAppointments", equalTo((int) before + 2));
    }
}
