package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.ca.calhr.um.participants.Fixtures.ANALYST;
import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.DGS_HR;
import static gov.ca.calhr.um.participants.Fixtures.HR_SYSTEM;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_SUPERVISOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.SERVICES_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.action;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * An employee's personnel actions as an effective-dated timeline, through the public API: HR's
 * feed arrives late, out of order, resent under new ids, corrected, cancelled and future-dated,
 * and the derived facts (UM appointments, notices, eligibility, status) follow the rules of
 * DOMAIN.md whatever the order.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class PersonnelActionTimelineTest {

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static ValidatableResponse send(Map<String, Object> action) {
        return given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then();
    }

    private static ValidatableResponse history(String employeeId) {
        return given().auth().oauth2(DGS_HR).get("/api/employees/" + employeeId + "/personnel-actions").then();
    }

    private static ValidatableResponse notices(String employeeId) {
        return given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(200);
    }

    private static Map<String, Object> hire(String employeeId, String classCode, String date) {
        Map<String, Object> a = appointment(id("A"), employeeId, "DGS", classCode);
        a.put("effectiveDate", date);
        return a;
    }

    @Test
    void aPromotionArrivingBeforeTheAppointmentItFollowedIsAUmAppointmentAndNoNoticeIsSent() {
        String employeeId = id("E");
        send(action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2026-03-01")).statusCode(202)
                .body("umAppointment", equalTo(false));
        send(hire(employeeId, OFFICE_TECHNICIAN, "2025-01-15")).statusCode(202)
                .body("welcomeNoticeId", nullValue());
        history(employeeId).statusCode(200)
                .body("umAppointments", hasSize(1))
                .body("umAppointments[0].fromClassCode", equalTo(OFFICE_TECHNICIAN))
                .body("umAppointments[0].effectiveDate", equalTo("2026-03-01"))
                .body("eligibility", hasSize(1))
                .body("eligibility[0].to", equalTo("2026-03-01"))
                .body("actions.actionType", equalTo(List.of("APPOINTMENT", "PROMOTION")))
                .body("actions[1].umAppointment", equalTo(true));
        // the employee had already left the LPEL class: no welcome notice for it
        notices(employeeId).body("$", empty());
    }

    @Test
    void inOrderTheNoticeSentForTheAppointmentIsWithdrawnWhenThePromotionShowsItCameTooLate() {
        String employeeId = id("E");
        String noticeId = send(hire(employeeId, OFFICE_TECHNICIAN, "2025-01-15")).statusCode(202)
                .body("welcomeNoticeId", notNullValue()).extract().path("welcomeNoticeId");
        // the promotion, effective before today, shows the employee had left the class before the notice
        send(action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2026-03-01")).statusCode(202)
                .body("umAppointment", equalTo(true));
        notices(employeeId).body("$", hasSize(1))
                .body("[0].noticeId", equalTo(noticeId))
                .body("[0].withdrawnAt", notNullValue())
                .body("[0].withdrawnReason", containsString("already left the LPEL class"));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notifications?size=500").then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + employeeId + "' }.kind",
                        hasItem("WELCOME_NOTICE_WITHDRAWN"));
    }

    @Test
    void lpelThroughBridgingIntoEltpaCountsOnceAtTheEltpaStep() {
        String employeeId = id("E");
        send(hire(employeeId, OFFICE_TECHNICIAN, "2022-03-01")).statusCode(202);
        send(action(id("A"), "TRANSFER", employeeId, "DGS", SERVICES_TECHNICIAN, "2023-03-01")).statusCode(202)
                .body("umAppointment", equalTo(false));
        send(action(id("A"), "PROMOTION", employeeId, "DGS", ANALYST, "2024-03-01")).statusCode(202)
                .body("umAppointment", equalTo(true));
        history(employeeId).body("umAppointments", hasSize(1))
                .body("umAppointments[0].fromClassCode", equalTo(SERVICES_TECHNICIAN));
    }

    @Test
    void aHireAfterASeparationIsNoUmAppointment() {
        String employeeId = id("E");
        send(hire(employeeId, OFFICE_TECHNICIAN, "2022-03-01")).statusCode(202);
        send(action(id("A"), "SEPARATION", employeeId, "DGS", null, "2023-01-31")).statusCode(202);
        Map<String, Object> rehire = action(id("A"), "APPOINTMENT", employeeId, "DGS", ANALYST, "2023-06-01");
        rehire.put("fromClassCode", OFFICE_TECHNICIAN);
        send(rehire).statusCode(202).body("umAppointment", equalTo(false));
        history(employeeId).body("umAppointments", empty());
        given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("currentClassCode", equalTo(ANALYST));
    }

    @Test
    void theSameMoveResentUnderANewActionIdCountsOnce() {
        String employeeId = id("E");
        send(hire(employeeId, OFFICE_TECHNICIAN, "2022-03-01")).statusCode(202);
        String first = id("A") + "-1";
        String resent = first.substring(0, first.length() - 1) + "2";
        try (TopicReader events = new TopicReader(bootstrap(), "participants.employee.v1")) {
            send(action(first, "PROMOTION", employeeId, "DGS", ANALYST, "2024-03-01")).statusCode(202)
                    .body("umAppointment", equalTo(true));
            send(action(resent, "PROMOTION", employeeId, "DGS", ANALYST, "2024-03-01")).statusCode(202)
                    .body("umAppointment", equalTo(false))
                    .body("disposition", equalTo("SAME_MOVE"))
                    .body("sameMoveAs", equalTo(first));
            history(employeeId).body("umAppointments", hasSize(1));
            // the resend changed no derived fact: the facts were announced twice (hire, promotion), not three times
            events.awaitRecord(r -> employeeId.equals(r.key()) && r.value().contains(resent), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> facts = events.seen(r -> employeeId.equals(r.key())
                    && r.value().contains("\"EmployeeFactsChanged\""));
            assertThat(facts).hasSize(2);
            assertThat(facts.get(1).value()).contains("\"version\":2").contains(first).doesNotContain(resent);
            EventContracts.assertConforms(facts.get(1).value());
        }
    }

    @Test
    void aTdAssignmentIntoAnEltpaClassNeverBecomesTheClassOfRecord() {
        String employeeId = id("E");
        send(hire(employeeId, OFFICE_TECHNICIAN, "2022-03-01")).statusCode(202);
        send(action(id("A"), "TD_START", employeeId, "DGS", ANALYST, "2023-03-01")).statusCode(202)
                .body("umAppointment", equalTo(false));
        history(employeeId).body("eligibility", hasSize(1))
                .body("eligibility[0].classCode", equalTo(OFFICE_TECHNICIAN))
                .body("eligibility[0].to", nullValue())
                .body("periods.classCode", equalTo(List.of(OFFICE_TECHNICIAN, OFFICE_TECHNICIAN)))
                .body("periods[1].tdClassCode", equalTo(ANALYST));
    }

    @Test
    void hrsFromClassIsCheckedAgainstTheTimelineAndTheDisagreementShows() {
        String employeeId = id("E");
        send(hire(employeeId, OFFICE_SUPERVISOR, "2022-03-01")).statusCode(202);
        String promotionId = id("A");
        Map<String, Object> promotion = action(promotionId, "PROMOTION", employeeId, "DGS", ANALYST, "2024-03-01");
        promotion.put("fromClassCode", OFFICE_TECHNICIAN);
        // HR says LPEL; the timeline says the office supervisor class, and wins: no UM appointment
        send(promotion).statusCode(202).body("umAppointment", equalTo(false));
        history(employeeId).body("actions[1].fromClassDisagrees", equalTo(true))
                .body("actions[1].fromClassCode", equalTo(OFFICE_TECHNICIAN))
                .body("actions[1].timelineFromClassCode", equalTo(OFFICE_SUPERVISOR))
                .body("umAppointments", empty());
        // the class the timeline found is kept on the action, and the trail shows when it was recorded
        given().auth().oauth2(DGS_COORDINATOR).queryParam("entity", "personnel_action").queryParam("id", promotionId)
                .get("/api/audit").then().statusCode(200)
                .body("items.action", hasItem("UPDATED"))
                .body("items.find { it.action == 'UPDATED' }.department", equalTo("DGS"))
                .body("items.find { it.action == 'UPDATED' }.changes.after.timelineFromClass",
                        equalTo(OFFICE_SUPERVISOR));
    }

    @Test
    void aCancellationUndoesWhatTheActionCausedWhicheverArrivesFirst() {
        String employeeId = id("E");
        String hireId = id("A");
        Map<String, Object> appointment = appointment(hireId, employeeId, "DGS", OFFICE_TECHNICIAN);
        String noticeId = send(appointment).statusCode(202).extract().path("welcomeNoticeId");
        String promotionId = id("A");
        send(action(promotionId, "PROMOTION", employeeId, "DGS", ANALYST, "2026-02-01")).statusCode(202)
                .body("umAppointment", equalTo(true));

        try (TopicReader events = new TopicReader(bootstrap(), "participants.employee.v1")) {
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(Map.of("reason", "entered in error"))
                    .post("/api/personnel-actions/" + promotionId + "/cancellation").then().statusCode(202)
                    .body("disposition", equalTo("CANCELS")).body("sameMoveAs", equalTo(promotionId));
            history(employeeId).body("umAppointments", empty())
                    .body("actions.find { it.actionId == '" + promotionId + "' }.disposition", equalTo("CANCELLED"));
            given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then()
                    .body("currentClassCode", equalTo(OFFICE_TECHNICIAN)).body("lpelEligible", equalTo(true));
            // reporting is told: the employee's facts now hold no UM appointment
            ConsumerRecord<String, String> facts = events.awaitRecord(r -> employeeId.equals(r.key())
                    && r.value().contains("\"EmployeeFactsChanged\"") && r.value().contains("\"umAppointments\":[]")
                    && r.value().contains("\"version\":3"), Duration.ofSeconds(30));
            EventContracts.assertConforms(facts.value());
        }
        // cancelling again answers the first cancellation; other departments' HR does not see the action
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/personnel-actions/" + promotionId + "/cancellation").then().statusCode(200)
                .body("duplicate", equalTo(true));
        given().auth().oauth2(TestTokens.token("edd-hr", "EDD", "hr")).contentType(ContentType.JSON)
                .body(Map.of("reason", "not ours")).post("/api/personnel-actions/" + hireId + "/cancellation")
                .then().statusCode(404);
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(Map.of("reason", "none"))
                .post("/api/personnel-actions/" + id("NO-SUCH") + "/cancellation").then().statusCode(404);

        // the promotion (effective before today) had shown the notice came after the employee left the
        // class; without it the employee is in the LPEL class again and is owed a notice anew
        notices(employeeId).body("$", hasSize(2))
                .body("[0].noticeId", equalTo(noticeId))
                .body("[0].withdrawnReason", containsString("already left the LPEL class"))
                .body("[1].withdrawnAt", nullValue());
        // HR's own department may cancel the appointment: its welcome notice is withdrawn, never deleted
        given().auth().oauth2(DGS_HR).contentType(ContentType.JSON).body(Map.of("reason", "wrong employee"))
                .post("/api/personnel-actions/" + hireId + "/cancellation").then().statusCode(202);
        notices(employeeId).body("$", hasSize(2))
                .body("[1].withdrawnAt", notNullValue())
                .body("[1].withdrawnReason", containsString("no longer on the employee's record"));

        // the SCO cancel transaction may arrive before the action it cancels
        String other = id("E");
        send(hire(other, OFFICE_TECHNICIAN, "2022-03-01")).statusCode(202);
        String late = id("A");
        Map<String, Object> cancel = action(id("C"), "CANCELLATION", other, "DGS", null, "2024-03-01");
        cancel.put("cancelsActionId", late);
        cancel.put("reason", "duplicate keying");
        send(cancel).statusCode(202).body("disposition", equalTo("CANCELS"));
        send(action(late, "PROMOTION", other, "DGS", ANALYST, "2024-03-01")).statusCode(202)
                .body("disposition", equalTo("CANCELLED")).body("umAppointment", equalTo(false));
        history(other).body("umAppointments", empty());
    }

    @Test
    void aCancellationMustNameAnActionOfTheSameEmployee() {
        String employeeId = id("E");
        String hireId = id("A");
        send(appointment(hireId, employeeId, "DGS", OFFICE_TECHNICIAN)).statusCode(202);
        Map<String, Object> cancel = action(id("C"), "CANCELLATION", id("E"), "DGS", null, "2025-09-01");
        cancel.put("cancelsActionId", hireId);
        send(cancel).statusCode(422).body("violations.field", hasItem("cancelsActionId"));
        Map<String, Object> nothing = action(id("C"), "CANCELLATION", employeeId, "DGS", null, "2025-09-01");
        send(nothing).statusCode(400).body("violations.field", hasItem("cancelsActionId"));
        Map<String, Object> notACancellation = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        notACancellation.put("cancelsActionId", hireId);
        send(notACancellation).statusCode(400).body("violations.field", hasItem("cancelsActionId"));
    }

    @Test
    void aFutureDatedSeparationLeavesTheEmployeeActiveUntilItsDate() {
        String employeeId = id("E");
        send(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN)).statusCode(202);
        LocalDate leaves = Timestamps.today().plusDays(30);
        send(action(id("A"), "SEPARATION", employeeId, "DGS", null, leaves.toString())).statusCode(202)
                .body("disposition", equalTo("SCHEDULED"));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then()
                .body("status", equalTo("ACTIVE")).body("lpelEligible", equalTo(true));
        history(employeeId).body("eligibility[0].to", nullValue());

        // the day comes: the scheduled job derives the employee again
        QuarkusMock.installMockForType(new Today() {
            @Override
            public LocalDate date() {
                return leaves;
            }
        }, Today.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then()
                        .body("status", equalTo("SEPARATED")).body("lpelEligible", equalTo(false)));
        history(employeeId).body("eligibility[0].to", equalTo(leaves.toString()));
    }

    @Test
    void aDateSentAsANumberIsRefusedNamingTheFieldAndNothingIsStored() {
        String employeeId = id("E");
        Map<String, Object> numeric = appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN);
        numeric.put("effectiveDate", 20000);
        send(numeric).statusCode(400)
                .body("violations.field", hasItem("effectiveDate"));
        history(employeeId).statusCode(404);
    }

    @Test
    void onlyHrAndTheCoordinatorOfTheEmployeesDepartmentReadTheHistory() {
        String employeeId = id("E");
        send(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN)).statusCode(202);
        given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId + "/personnel-actions").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.token("edd-hr", "EDD", "hr"))
                .get("/api/employees/" + employeeId + "/personnel-actions").then().statusCode(404);
        given().auth().oauth2(TestTokens.tokenFor("self", "DGS", employeeId, "employee"))
                .get("/api/employees/" + employeeId + "/personnel-actions").then().statusCode(403);
    }
}
