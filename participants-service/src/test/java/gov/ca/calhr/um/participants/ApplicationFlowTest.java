package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Opportunities, applications, supervisor review, selection, participation and withdrawal. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ApplicationFlowTest {

    /** An LPEL employee of DGS with a supervisor of record, and tokens for both. */
    private record Staff(String employeeId, String supervisorId, String employee, String supervisor) {
    }

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static Staff officeTechnician() {
        String employeeId = id("E");
        String supervisorId = id("S");
        Map<String, Object> appointment = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        appointment.put("supervisorId", supervisorId);
        assertThat(post(appointment)).isEqualTo(202);
        return new Staff(employeeId, supervisorId,
                TestTokens.tokenFor("emp-" + employeeId, "DGS", employeeId, "employee"),
                TestTokens.tokenFor("sup-" + supervisorId, "DGS", supervisorId, "employee", "supervisor"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String apply(Staff staff) {
        return as(staff.employee()).body(Map.of("careerGoal", "Become an analyst", "targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("supervisorId", equalTo(staff.supervisorId()))
                .extract().path("applicationId");
    }

    private static Map<String, Object> factors() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("departmentObjectives", Map.of("score", 4));
        f.put("staffingNeeds", Map.of("score", 5, "note", "analyst vacancies are hard to fill"));
        f.put("availableFunds", Map.of("note", "training budget covers one more participant"));
        f.put("tenure", Map.of("score", 5, "note", "permanent, full time"));
        f.put("performance", Map.of("score", 4));
        f.put("motivationAndPotential", Map.of("score", 5));
        f.put("trainingRelevance", Map.of("score", 3));
        return f;
    }

    private static Map<String, Object> selection(String outcome) {
        return Map.of("outcome", outcome, "reason", "decided by the selection panel", "factors", factors());
    }

    @Test
    void employeeAppliesSupervisorApprovesCoordinatorWaitlistsThenSelectsAndPromotionEndsIt() {
        Staff staff = officeTechnician();
        String opportunityId = as(DGS_COORDINATOR).body(Map.of("kind", "JOB_OPENING",
                        "title", "Staff Services Analyst, Contracts unit", "classCode", ANALYST,
                        "opensOn", Timestamps.today().minusDays(1).toString(),
                        "closesOn", Timestamps.today().plusDays(30).toString(),
                        "eligibilityNotes", "LPEL employees with a CDP targeting SSA"))
                .post("/api/departments/DGS/opportunities").then().statusCode(201)
                .extract().path("opportunityId");
        as(staff.employee()).get("/api/departments/DGS/opportunities?size=500").then()
                .statusCode(200).body("items.opportunityId", hasItem(opportunityId));

        try (TopicReader participantEvents = new TopicReader(bootstrap(), "participants.participant.v1");
             TopicReader employeeEvents = new TopicReader(bootstrap(), "participants.employee.v1")) {
            String applicationId = as(staff.employee()).body(Map.of("careerGoal", "Analyst in two years",
                            "targetClassCode", ANALYST, "opportunityId", opportunityId))
                    .post("/api/applications").then().statusCode(201)
                    .extract().path("applicationId");

            // one open application at a time
            as(staff.employee()).body(Map.of("careerGoal", "again", "targetClassCode", ANALYST))
                    .post("/api/applications").then().statusCode(409)
                    .contentType(startsWith("application/problem+json"));
            // the coordinator cannot decide before the supervisor has approved
            as(DGS_COORDINATOR).body(selection("SELECTED"))
                    .post("/api/applications/" + applicationId + "/selection").then().statusCode(409)
                    .body("detail", containsString("SUBMITTED"));

            as(staff.supervisor()).body(Map.of("approved", true, "comments", "Ready for analytical work"))
                    .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200)
                    .body("status", equalTo("SUPERVISOR_APPROVED"))
                    .body("supervisorReview.comments", equalTo("Ready for analytical work"));

            Map<String, Object> missingFactor = new HashMap<>(selection("WAITLISTED"));
            Map<String, Object> partial = factors();
            partial.remove("tenure");
            missingFactor.put("factors", partial);
            as(DGS_COORDINATOR).body(missingFactor)
                    .post("/api/applications/" + applicationId + "/selection").then().statusCode(400)
                    .body("violations.field", hasItem("factors.tenure"));

            as(DGS_COORDINATOR).body(selection("WAITLISTED"))
                    .post("/api/applications/" + applicationId + "/selection").then().statusCode(200)
                    .body("status", equalTo("WAITLISTED"));
            String participantId = as(DGS_COORDINATOR).body(selection("SELECTED"))
                    .post("/api/applications/" + applicationId + "/selection").then().statusCode(200)
                    .body("status", equalTo("SELECTED"))
                    .body("decisions", hasSize(2))
                    .body("decisions[0].outcome", equalTo("WAITLISTED"))
                    .body("decisions[1].factors.staffingNeeds.note", equalTo("analyst vacancies are hard to fill"))
                    .body("participantId", notNullValue())
                    .extract().path("participantId");

            as(staff.employee()).get("/api/notifications").then().statusCode(200)
                    .body("items.kind", hasItems("APPLICATION_SUPERVISOR_APPROVED", "APPLICATION_WAITLISTED",
                            "APPLICATION_SELECTED"));

            // the posting's applicants side by side, with the factors of the latest decision
            Staff other = officeTechnician();
            String undecided = as(other.employee()).body(Map.of("careerGoal", "Analyst too",
                            "targetClassCode", ANALYST, "opportunityId", opportunityId))
                    .post("/api/applications").then().statusCode(201).extract().path("applicationId");
            as(DGS_COORDINATOR).get("/api/opportunities/" + opportunityId + "/applicants").then().statusCode(200)
                    .body("factors", equalTo(java.util.List.of("departmentObjectives", "staffingNeeds",
                            "availableFunds", "tenure", "performance", "motivationAndPotential", "trainingRelevance")))
                    .body("applicants.applicationId", equalTo(java.util.List.of(undecided, applicationId)))
                    .body("applicants[1].outcome", equalTo("SELECTED"))
                    .body("applicants[1].factors.staffingNeeds.score", equalTo(5))
                    .body("applicants[1].factors.availableFunds.note",
                            equalTo("training budget covers one more participant"))
                    // 4 + 5 + 5 + 4 + 5 + 3: availableFunds has a note, no score
                    .body("applicants[1].totalScore", equalTo(26))
                    .body("applicants[1].scoredFactors", equalTo(6))
                    .body("applicants[0].outcome", equalTo(null))
                    .body("applicants[0].factors.size()", equalTo(0))
                    .body("applicants[0].scoredFactors", equalTo(0));
            as(EDD_COORDINATOR).get("/api/opportunities/" + opportunityId + "/applicants").then().statusCode(404);
            as(staff.employee()).get("/api/opportunities/" + opportunityId + "/applicants").then().statusCode(403);
            // the lists filter by posting, target class and status
            as(DGS_COORDINATOR).get("/api/departments/DGS/applications?size=500&opportunityId=" + opportunityId)
                    .then().statusCode(200)
                    .body("items.applicationId", equalTo(java.util.List.of(undecided, applicationId)));
            as(DGS_COORDINATOR).get("/api/departments/DGS/applications?size=500&status=SELECTED&opportunityId="
                    + opportunityId).then().statusCode(200)
                    .body("items.applicationId", equalTo(java.util.List.of(applicationId)));
            as(DGS_COORDINATOR).get("/api/departments/DGS/applications?size=500&targetClassCode=" + OFFICE_SUPERVISOR)
                    .then().statusCode(200).body("items.applicationId", not(hasItem(applicationId)));
            as(DGS_COORDINATOR).get("/api/departments/DGS/applications?targetClassCode=51").then().statusCode(400)
                    .body("violations.field", hasItem("targetClassCode"));
            as(DGS_COORDINATOR).get("/api/departments/DGS/participants?size=500&opportunityId=" + opportunityId
                    + "&targetClassCode=" + ANALYST + "&planStatus=NONE").then().statusCode(200)
                    .body("items.participantId", hasItem(participantId))
                    .body("items.find { it.participantId == '" + participantId + "' }.opportunityId",
                            equalTo(opportunityId))
                    .body("items.find { it.participantId == '" + participantId + "' }.plan", equalTo(null));
            as(DGS_COORDINATOR).get("/api/departments/DGS/participants?size=500&planStatus=ACTIVE")
                    .then().statusCode(200).body("items.participantId", not(hasItem(participantId)));
            as(DGS_COORDINATOR).get("/api/departments/DGS/participants?planStatus=GOOD").then().statusCode(400)
                    .body("violations.field", hasItem("planStatus"));
            as(staff.supervisor()).get("/api/participants/" + participantId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("targetClassCode", equalTo(ANALYST));
            as(EDD_COORDINATOR).get("/api/participants/" + participantId).then().statusCode(404);
            as(DGS_HR).get("/api/departments/DGS/participants?status=ACTIVE&size=500").then().statusCode(200)
                    .body("items.participantId", hasItem(participantId));

            ConsumerRecord<String, String> enrolled = participantEvents.awaitRecord(
                    r -> r.value().contains(participantId), Duration.ofSeconds(30));
            EventContracts.assertConforms(enrolled.value());

            // promoted into the class the plan targets: a UM appointment of a participant
            String promotionId = id("A");
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(action(promotionId, "PROMOTION", staff.employeeId(), "DGS", ANALYST,
                            Timestamps.today().toString()))
                    .post("/api/personnel-actions").then().statusCode(202).body("umAppointment", equalTo(true));
            as(DGS_COORDINATOR).get("/api/participants/" + participantId).then().statusCode(200)
                    .body("status", equalTo("PROMOTED"))
                    .body("history.status", equalTo(java.util.List.of("ACTIVE", "PROMOTED")));
            ConsumerRecord<String, String> appointment = employeeEvents.awaitRecord(
                    r -> staff.employeeId().equals(r.key()) && r.value().contains("UmAppointmentRecorded"),
                    Duration.ofSeconds(30));
            assertThat(appointment.value()).contains("\"participant\":true", participantId);
            participantEvents.awaitRecord(r -> r.value().contains(participantId)
                    && r.value().contains("\"status\":\"PROMOTED\""), Duration.ofSeconds(30));

            // HR cancels the promotion: the appointment is revoked and the participation it ended comes back
            given().auth().oauth2(DGS_HR).contentType(ContentType.JSON)
                    .body(java.util.Map.of("reason", "keyed against the wrong employee"))
                    .post("/api/personnel-actions/" + promotionId + "/cancellation").then().statusCode(202)
                    .body("disposition", equalTo("CANCELS"));
            as(DGS_COORDINATOR).get("/api/participants/" + participantId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("history.status", equalTo(java.util.List.of("ACTIVE", "PROMOTED", "ACTIVE")));
            ConsumerRecord<String, String> revoked = employeeEvents.awaitRecord(
                    r -> staff.employeeId().equals(r.key()) && r.value().contains("UmAppointmentRevoked"),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(revoked.value());
            assertThat(revoked.value()).contains(promotionId);
        }
    }

    @Test
    void supervisorRefusalEndsTheApplicationAndTheEmployeeMayApplyAgain() {
        Staff staff = officeTechnician();
        String applicationId = apply(staff);
        String otherSupervisor = TestTokens.tokenFor("sup-x", "DGS", id("S"), "supervisor");
        as(otherSupervisor).body(Map.of("approved", true))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(404);

        as(staff.supervisor()).body(Map.of("approved", false, "comments", "Finish the probation period first"))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200)
                .body("status", equalTo("SUPERVISOR_DECLINED"));
        as(DGS_COORDINATOR).body(selection("SELECTED"))
                .post("/api/applications/" + applicationId + "/selection").then().statusCode(409);
        as(staff.employee()).get("/api/notifications").then().statusCode(200)
                .body("items.message", hasItem(containsString("Finish the probation period first")));
        as(staff.supervisor()).get("/api/notifications").then().statusCode(200)
                .body("items.subjectId", hasItem(applicationId));

        apply(staff);
    }

    @Test
    void notSelectedAndWithdrawnApplications() {
        Staff staff = officeTechnician();
        String applicationId = apply(staff);
        as(staff.supervisor()).body(Map.of("approved", true))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200);
        as(DGS_COORDINATOR).body(selection("NOT_SELECTED"))
                .post("/api/applications/" + applicationId + "/selection").then().statusCode(200)
                .body("status", equalTo("NOT_SELECTED"));

        String second = apply(staff);
        as(DGS_COORDINATOR).post("/api/applications/" + second + "/withdrawal").then().statusCode(403);
        as(staff.employee()).post("/api/applications/" + second + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(staff.employee()).post("/api/applications/" + second + "/withdrawal").then().statusCode(409);
    }

    @Test
    void anEmployeeWhoSeparatesBeforeTheDecisionLosesTheOpenApplication() {
        Staff staff = officeTechnician();
        String applicationId = apply(staff);
        as(staff.supervisor()).body(Map.of("approved", true))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200);
        String separation = id("A");
        assertThat(post(action(separation, "SEPARATION", staff.employeeId(), "DGS", null,
                Timestamps.today().toString()))).isEqualTo(202);
        // the separation ends the application: it no longer awaits a decision
        as(DGS_COORDINATOR).get("/api/applications/" + applicationId).then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("decisions[-1].outcome", equalTo("WITHDRAWN"))
                .body("decisions[-1].reason", containsString(separation));
        as(DGS_COORDINATOR).body(selection("SELECTED"))
                .post("/api/applications/" + applicationId + "/selection").then()
                .statusCode(409).body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void onlyEligibleEmployeesApplyForAnEltpaTarget() {
        String analystId = id("E");
        assertThat(post(appointment(id("A"), analystId, "DGS", ANALYST))).isEqualTo(202);
        as(TestTokens.tokenFor("analyst", "DGS", analystId, "employee"))
                .body(Map.of("careerGoal", "x", "targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(409)
                .body("detail", containsString("not a low-paying entry-level"));

        Staff staff = officeTechnician();
        as(staff.employee()).body(Map.of("careerGoal", "x", "targetClassCode", OFFICE_SUPERVISOR))
                .post("/api/applications").then().statusCode(422)
                .body("violations.field", hasItem("targetClassCode"));
        as(staff.employee()).body(Map.of("targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(400)
                .body("violations.field", hasItem("careerGoal"));
        as(TestTokens.tokenFor("stranger", "DGS", id("E"), "employee"))
                .body(Map.of("careerGoal", "x", "targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(409);
    }

    @Test
    void withdrawalIsRecordedAndEveryPartyIsTold() {
        Staff staff = officeTechnician();
        String applicationId = apply(staff);
        as(staff.supervisor()).body(Map.of("approved", true))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200);
        String participantId = as(DGS_COORDINATOR).body(selection("SELECTED"))
                .post("/api/applications/" + applicationId + "/selection").then().statusCode(200)
                .extract().path("participantId");

        as(DGS_COORDINATOR).body(Map.of("reason", "missed two training sessions"))
                .post("/api/participants/" + participantId + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        as(DGS_COORDINATOR).body(Map.of("reason", "back in good standing"))
                .post("/api/participants/" + participantId + "/reinstatement").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as(staff.supervisor()).body(Map.of("reason", "x"))
                .post("/api/participants/" + participantId + "/withdrawal").then().statusCode(403);
        as(staff.employee()).body(Map.of())
                .post("/api/participants/" + participantId + "/withdrawal").then().statusCode(400)
                .body("violations.field", hasItem("reason"));

        as(staff.employee()).body(Map.of("reason", "moving to another city"))
                .post("/api/participants/" + participantId + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("statusReason", equalTo("moving to another city"))
                .body("history.status", equalTo(java.util.List.of("ACTIVE", "SUSPENDED", "ACTIVE", "WITHDRAWN")));
        as(staff.employee()).body(Map.of("reason", "again"))
                .post("/api/participants/" + participantId + "/withdrawal").then().statusCode(409);

        as(staff.employee()).get("/api/notifications").then()
                .body("items.kind", hasItem("PARTICIPANT_WITHDRAWN"));
        as(staff.supervisor()).get("/api/notifications").then()
                .body("items.subjectId", hasItem(participantId));
        as(DGS_COORDINATOR).get("/api/notifications?size=500").then()
                .body("items.subjectId", hasItem(participantId));
        as(EDD_COORDINATOR).get("/api/notifications?size=500").then()
                .body("items.subjectId", not(hasItem(participantId)));
    }

    @Test
    void opportunitiesAreListedWhileOpen() {
        String past = as(DGS_HR).body(Map.of("kind", "TRAINING", "title", "Excel for analysts",
                        "opensOn", "2025-01-01", "closesOn", "2025-01-31"))
                .post("/api/departments/DGS/opportunities").then().statusCode(201).extract().path("opportunityId");
        String employee = TestTokens.tokenFor("e", "DGS", id("E"), "employee");
        as(employee).get("/api/departments/DGS/opportunities?size=500").then().statusCode(200)
                .body("items.opportunityId", not(hasItem(past)));
        as(employee).get("/api/departments/DGS/opportunities?openOn=2025-01-15&size=500").then().statusCode(200)
                .body("items.opportunityId", hasItem(past));
        as(DGS_COORDINATOR).get("/api/departments/DGS/opportunities?all=true&size=500").then().statusCode(200)
                .body("items.opportunityId", hasItem(past));
        as(EDD_COORDINATOR).get("/api/opportunities/" + past).then().statusCode(404);

        as(DGS_COORDINATOR).body(Map.of("kind", "TRAINING", "title", "x", "opensOn", "2026-02-01",
                        "closesOn", "2026-01-01"))
                .post("/api/departments/DGS/opportunities").then().statusCode(400)
                .body("violations.field", hasItem("closesOn"));
        as(DGS_COORDINATOR).body(Map.of("kind", "JOB_OPENING", "title", "x", "classCode", OFFICE_SUPERVISOR,
                        "opensOn", "2026-01-01", "closesOn", "2026-02-01"))
                .post("/api/departments/DGS/opportunities").then().statusCode(422)
                .body("violations.field", hasItem("classCode"));
        as(employee).body(Map.of("kind", "TRAINING", "title", "x", "opensOn", "2026-01-01",
                        "closesOn", "2026-02-01"))
                .post("/api/departments/DGS/opportunities").then().statusCode(403);
    }

    @Test
    void welcomeNoticesAreListedAndMarkedDeliveredOnce() {
        String employeeId = id("E");
        Map<String, Object> appointment = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        appointment.put("effectiveDate", "2026-10-01");
        String noticeId = given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(appointment)
                .post("/api/personnel-actions").then().statusCode(202).extract().path("welcomeNoticeId");

        as(DGS_HR).get("/api/departments/DGS/lpel-appointees?since=2026-10-01").then().statusCode(200)
                .body("employeeId", hasItem(employeeId));
        as(DGS_HR).get("/api/departments/DGS/lpel-appointees?since=2026-10-02").then().statusCode(200)
                .body("employeeId", not(hasItem(employeeId)));
        as(DGS_COORDINATOR).get("/api/departments/DGS/notices?delivered=false&size=500").then().statusCode(200)
                .body("items.noticeId", hasItem(noticeId));

        try (TopicReader notices = new TopicReader(bootstrap(), "participants.notice.v1")) {
            String deliveredAt = as(HR_SYSTEM).post("/api/notices/" + noticeId + "/delivery").then().statusCode(200)
                    .body("deliveredAt", notNullValue()).extract().path("deliveredAt");
            as(HR_SYSTEM).post("/api/notices/" + noticeId + "/delivery").then().statusCode(200)
                    .body("deliveredAt", equalTo(deliveredAt));
            ConsumerRecord<String, String> delivered = notices.awaitRecord(
                    r -> r.value().contains("WelcomeNoticeDelivered") && r.value().contains(noticeId),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(delivered.value());
            // a later notice for the same employee (same key, so after any second delivery event):
            // promoted out of LPEL, then back into an LPEL class
            post(action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2026-10-05"));
            post(action(id("A"), "DEMOTION", employeeId, "DGS", OFFICE_TECHNICIAN, "2026-10-20"));
            notices.awaitRecord(r -> employeeId.equals(r.key()) && r.value().contains("WelcomeNoticeIssued")
                    && !r.value().contains(noticeId), Duration.ofSeconds(30));
            assertThat(notices.seen(r -> r.value().contains("WelcomeNoticeDelivered")
                    && r.value().contains(noticeId))).hasSize(1);
        }
        as(DGS_COORDINATOR).get("/api/departments/DGS/notices?delivered=false&size=500").then()
                .body("items.noticeId", not(hasItem(noticeId)));
        as(EDD_COORDINATOR).post("/api/notices/" + noticeId + "/delivery").then().statusCode(404);
        // the coordinator was told of the new appointee
        as(DGS_COORDINATOR).get("/api/notifications?size=500").then()
                .body("items.subjectId", hasItem(employeeId));
    }
}
