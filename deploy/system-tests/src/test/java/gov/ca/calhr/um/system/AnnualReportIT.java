package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.system.TimelineConvergenceIT.action;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

    /** The fiscal year (July 1 - June 30) a day falls in, by its first calendar year: 2026-12-02 is in 2026-27. */
    private static int fiscalYearStart(LocalDate day) {
        return day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    }

    private static String fiscalYear(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    private static BigDecimal amount(JsonPath r, String path) {
        Object v = r.get(path);
        return v == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(v.toString()).setScale(2);
    }

    /**
     * EDD-E2001 (edd-employee) becomes a participant this fiscal year and withdraws in it; the
     * plan's activities cost 1,200.00 of UM and career related training, 800.00 job-required and
     * 300.00 job-related. This year's report lists the participant as WITHDRAWN; next year's
     * report (for which the withdrawal lies in the prior year) and last year's (before the
     * selection) do not list them at all. Only the 1,200.00 is UM money (2 CCR 599.819(c)): of a
     * stated budget of 100,000.00 with 5,000.00 assigned to UM, 5.0% is assigned and the UM spend's
     * share is the department's UM spend of the year over the budget; all three categories show.
     */
    @Test
    void aParticipantWhoWithdrewIsCountedInTheirYearOnlyAndOnlyUmTrainingIsUmSpend() {
        Keycloak keycloak = SharedStack.keycloak();
        String hrSystem = keycloak.hrSystemToken();
        String calhr = keycloak.userToken("calhr-analyst");
        String employee = keycloak.userToken("edd-employee");
        String supervisor = keycloak.userToken("edd-supervisor");
        String coordinator = keycloak.userToken("edd-coordinator");
        String participants = SharedStack.url("participants-service");
        String plans = SharedStack.url("plans-service") + "/api";
        String reporting = SharedStack.url("reporting-service");
        TimelineConvergenceIT.catalogIsKnown(SharedStack.url("classification-service"), participants,
                keycloak.userToken("dgs-hr"), hrSystem);
        int thisYear = fiscalYearStart(LocalDate.now(ZoneId.of("America/Los_Angeles")));
        String fy = fiscalYear(thisYear);
        String report = reporting + "/api/reports/departments/EDD/";

        Map<String, Object> appointment = hire("EDD", "EDD-E2001", "1139", (thisYear - 1) + "-08-01");
        appointment.put("supervisorId", "EDD-E2000");
        post(participants, hrSystem, appointment);
        ParticipationJourneyIT.endEarlierParticipation(employee, participants + "/api", "EDD-E2001", "EDD");
        JsonPath before = given().auth().oauth2(calhr).get(report + fy).then().statusCode(200).extract().jsonPath();
        BigDecimal umBefore = amount(before, "spend.byCategory.UPWARD_MOBILITY_AND_CAREER_RELATED");
        BigDecimal requiredBefore = amount(before, "spend.byCategory.JOB_REQUIRED");
        BigDecimal relatedBefore = amount(before, "spend.byCategory.JOB_RELATED");

        String[] applicationId = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().auth().oauth2(employee).contentType(ContentType.JSON)
                    .body(Map.of("careerGoal", "Staff Services Analyst", "targetClassCode", "5157"))
                    .post(participants + "/api/applications");
            applicationId[0] = r.statusCode() == 201 ? r.path("applicationId") : null;
            return applicationId[0] != null;
        });
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("approved", true))
                .post(participants + "/api/applications/" + applicationId[0] + "/supervisor-review").then()
                .statusCode(200);
        String participantId = given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(ParticipationJourneyIT.SELECTED)
                .post(participants + "/api/applications/" + applicationId[0] + "/selection").then()
                .statusCode(200).extract().path("participantId");
        String[] planId = new String[1];
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().auth().oauth2(employee).contentType(ContentType.JSON)
                    .body(Map.of("supervisorId", "EDD-E2000", "targetClassCode", "5157",
                            "careerObjectives", "Analytical work", "targetDate", (thisYear + 2) + "-07-01"))
                    .post(plans + "/plans");
            planId[0] = r.statusCode() == 201 ? r.path("planId") : null;
            return planId[0] != null;
        });
        String started = thisYear + "-08-15";
        Map.of("UPWARD_MOBILITY_AND_CAREER_RELATED", "1200.00", "JOB_REQUIRED", "800.00", "JOB_RELATED", "300.00")
                .forEach((category, cost) -> given().auth().oauth2(employee).contentType(ContentType.JSON)
                        .body(Map.of("type", "TRAINING_COURSE", "title", "Course " + category, "provider", "CalHR",
                                "hours", 16, "actualStart", started, "cost", new BigDecimal(cost),
                                "trainingCategory", category))
                        .post(plans + "/plans/" + planId[0] + "/activities").then().statusCode(201));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("trainingBudget", 100000, "assignedToUm", 5000))
                .put(reporting + "/api/departments/EDD/program-years/" + fy).then().statusCode(200);
        given().auth().oauth2(employee).contentType(ContentType.JSON).body(Map.of("reason", "moving away"))
                .post(participants + "/api/participants/" + participantId + "/withdrawal").then().statusCode(200);

        BigDecimal um = umBefore.add(new BigDecimal("1200.00"));
        BigDecimal umShare = um.multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("100000"), 1,
                RoundingMode.HALF_UP);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath r = given().auth().oauth2(calhr).get(report + fy).then().statusCode(200).extract().jsonPath();
            assertThat(amount(r, "spend.byCategory.UPWARD_MOBILITY_AND_CAREER_RELATED")).isEqualTo(um);
            assertThat(amount(r, "spend.byCategory.JOB_REQUIRED"))
                    .isEqualTo(requiredBefore.add(new BigDecimal("800.00")));
            assertThat(amount(r, "spend.byCategory.JOB_RELATED"))
                    .isEqualTo(relatedBefore.add(new BigDecimal("300.00")));
            assertThat(amount(r, "spend.umSpent")).as("UM money is the UM category only").isEqualTo(um);
            assertThat(new BigDecimal(r.getString("spend.umSpentPercentOfBudget"))).isEqualByComparingTo(umShare);
            assertThat(new BigDecimal(r.getString("spend.assignedToUmPercentOfBudget")))
                    .isEqualByComparingTo("5.0");
            List<Map<String, Object>> rows = given().auth().oauth2(calhr)
                    .get(report + fy + "/participants?size=500").then().statusCode(200).extract().path("items");
            assertThat(rows).filteredOn(p -> participantId.equals(p.get("participantId")))
                    .extracting(p -> p.get("statusAtYearEnd")).containsExactly("WITHDRAWN");
        });
        for (String otherYear : List.of(fiscalYear(thisYear + 1), fiscalYear(thisYear - 1))) {
            given().auth().oauth2(calhr).get(report + otherYear + "/participants?size=500").then().statusCode(200)
                    .body("items.participantId", not(hasItem(participantId)));
        }
        // the figure is the rows behind it
        JsonPath r = given().auth().oauth2(calhr).get(report + fy).then().extract().jsonPath();
        int withdrawnRows = given().auth().oauth2(calhr).get(report + fy + "/participants?size=500").then()
                .extract().path("items.findAll { it.statusAtYearEnd == 'WITHDRAWN' }.size()");
        assertThat(r.getInt("participantsByStatus.WITHDRAWN")).isEqualTo(withdrawnRows);
    }

    /**
     * The system-test stack configures the statute's date, July 1 (um.report.due=07-01, set for
     * the test run in the failsafe configuration): the 2025-26 report is due July 1, 2026 - the
     * first day after the year's end, not July 1, 2025. A department that never submitted is
     * overdue for the latest report due, and the compliance check says so from the same rule.
     */
    @Test
    void aJulyFirstDueDateFallsAfterTheFiscalYearAndAnUnsubmittedReportIsOverdue() {
        String calhr = SharedStack.keycloak().userToken("calhr-analyst");
        String d = "DU" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String reporting = SharedStack.url("reporting-service");
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        int thisYear = fiscalYearStart(today);
        given().auth().oauth2(calhr).get(reporting + "/api/reports/departments/" + d + "/2025-26").then()
                .statusCode(200).body("submission.dueDate", equalTo("2026-07-01"))
                .body("submission.overdue", equalTo(today.isAfter(LocalDate.of(2026, 7, 1))));
        given().auth().oauth2(calhr).get(reporting + "/api/reports/departments/" + d + "/" + fiscalYear(thisYear))
                .then().statusCode(200).body("submission.dueDate", equalTo((thisYear + 1) + "-07-01"))
                .body("submission.overdue", equalTo(false));
        // the latest report due is last year's (this year's falls due after it ends), overdue from July 2
        String latestDue = fiscalYear(thisYear - 1);
        boolean overdue = today.isAfter(LocalDate.of(thisYear, 7, 1));
        var compliance = given().auth().oauth2(calhr).get(reporting + "/api/departments/" + d + "/compliance").then()
                .statusCode(200);
        if (overdue) {
            compliance.body("compliant", equalTo(false))
                    .body("findings.find { it.code == 'REPORT_OVERDUE' }.items", equalTo(List.of(latestDue)));
        } else {
            compliance.body("findings.code", not(hasItem("REPORT_OVERDUE")));
        }
    }
}
