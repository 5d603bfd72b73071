package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.commons.mail.MailRelay;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.participants.Fixtures.ANALYST;
import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_SUPERVISOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The program's messages that must reach people by mail (the mock mailbox here): the decision on
 * an application with its reason to the applicant, a withdrawal to the employee, the supervisor
 * and the coordinator, and a new opportunity to each eligible employee of the department on the
 * day it opens. The relay's schedule is off in these tests: each runs it when it wants mail sent.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ProgramLettersTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailRelay relay;

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private record Person(String employeeId, String email, String token) {
    }

    /** An employee with an e-mail address of their own, appointed into {@code classCode}. */
    private static Person employee(String department, String classCode, String supervisorId, String... roles) {
        String employeeId = id("P");
        String email = employeeId.toLowerCase(Locale.ROOT) + "@example.ca.gov";
        Map<String, Object> action = appointment(id("A"), employeeId, department, classCode);
        action.put("employee", Map.of("name", "Person " + employeeId, "email", email,
                "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        if (supervisorId != null) {
            action.put("supervisorId", supervisorId);
        }
        assertThat(post(action)).isEqualTo(202);
        String[] tokenRoles = roles.length == 0 ? new String[] {"employee"} : roles;
        return new Person(employeeId, email, TestTokens.tokenFor("u-" + employeeId, department, employeeId, tokenRoles));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** What {@code address} was mailed besides the welcome letter every LPEL appointee gets. */
    private List<Mail> mailTo(String address) {
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of()
                : mails.stream().filter(m -> !m.getSubject().contains("your welcome letter")).toList();
    }

    private static Map<String, Object> factors() {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String factor : List.of("departmentObjectives", "staffingNeeds", "availableFunds", "tenure", "performance",
                "motivationAndPotential", "trainingRelevance")) {
            f.put(factor, Map.of("score", 4));
        }
        return f;
    }

    /** Applied and approved by the supervisor: awaiting the coordinator's decision. */
    private static String approvedApplication(Person employee, Person supervisor) {
        String applicationId = as(employee.token()).body(Map.of("careerGoal", "Analyst", "targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(201).extract().path("applicationId");
        as(supervisor.token()).body(Map.of("approved", true))
                .post("/api/applications/" + applicationId + "/supervisor-review").then().statusCode(200);
        return applicationId;
    }

    @Test
    void theApplicantIsMailedTheDecisionWithItsReason() {
        Person supervisor = employee("DGS", OFFICE_SUPERVISOR, null, "employee", "supervisor");
        Person applicant = employee("DGS", OFFICE_TECHNICIAN, supervisor.employeeId());
        String applicationId = approvedApplication(applicant, supervisor);
        String reason = "funds for one more participant open in July (" + UUID.randomUUID() + ")";
        as(DGS_COORDINATOR).body(Map.of("outcome", "WAITLISTED", "reason", reason, "factors", factors()))
                .post("/api/applications/" + applicationId + "/selection").then().statusCode(200);

        relay.relayDue();

        assertThat(mailTo(applicant.email())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Upward Mobility Program: your application is on the waiting list");
            assertThat(m.getText()).contains("Dear Person " + applicant.employeeId() + ",", "waiting list", reason,
                    "Pat Coordinator, um@dgs.ca.gov");
        });
        assertThat(mailTo(supervisor.email())).as("the decision is the applicant's").isEmpty();
    }

    @Test
    void aWithdrawalReachesTheEmployeeTheSupervisorAndTheCoordinator() {
        Person supervisor = employee("DGS", OFFICE_SUPERVISOR, null, "employee", "supervisor");
        Person participant = employee("DGS", OFFICE_TECHNICIAN, supervisor.employeeId());
        String applicationId = approvedApplication(participant, supervisor);
        String participantId = as(DGS_COORDINATOR).body(Map.of("outcome", "SELECTED", "reason", "meets every factor",
                        "factors", factors()))
                .post("/api/applications/" + applicationId + "/selection").then().statusCode(200)
                .extract().path("participantId");
        relay.relayDue();
        assertThat(mailTo(participant.email())).extracting(Mail::getSubject)
                .containsExactly("Upward Mobility Program: you were selected");

        String reason = "moving to another city (" + UUID.randomUUID() + ")";
        as(participant.token()).body(Map.of("reason", reason))
                .post("/api/participants/" + participantId + "/withdrawal").then().statusCode(200);
        relay.relayDue();

        String subject = "Upward Mobility Program: a withdrawal from the program";
        assertThat(mailTo(participant.email())).filteredOn(m -> m.getSubject().equals(subject)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains(reason));
        assertThat(mailTo(supervisor.email())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo(subject);
            assertThat(m.getText()).contains(participant.employeeId(), reason);
        });
        assertThat(mailTo("um@dgs.ca.gov")).filteredOn(m -> m.getText().contains(reason)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("Dear Pat Coordinator,", participant.employeeId()));
    }

    @Test
    void anOpportunityIsAnnouncedToEachEligibleEmployeeOnTheDayItOpens() {
        String department = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("reporting.program.v1", department, TestEvents.departmentProgramChanged(department,
                    "Ola Coordinator", "um@" + department.toLowerCase(Locale.ROOT) + ".ca.gov", "916-555-0101"));
        }
        String coordinator = TestTokens.token("coordinator", department, "um-coordinator");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(coordinator).get("/api/departments/" + department + "/program-settings")
                        .statusCode() == 200);
        Person first = employee(department, OFFICE_TECHNICIAN, null);
        Person second = employee(department, OFFICE_TECHNICIAN, null);
        Person analyst = employee(department, ANALYST, null);
        Map<String, Object> paperOnly = appointment(id("A"), id("P"), department, OFFICE_TECHNICIAN);
        paperOnly.put("employee", new HashMap<>(Map.of("name", "No Mail", "tenure", "PERMANENT", "timeBase", "FULL_TIME")));
        assertThat(post(paperOnly)).isEqualTo(202);

        String title = "Analyst bridging course " + UUID.randomUUID().toString().substring(0, 8);
        as(coordinator).body(Map.of("kind", "TRAINING", "title", title, "description", "Twelve weeks, on state time",
                        "opensOn", Timestamps.today().toString(), "closesOn", Timestamps.today().plusDays(20).toString()))
                .post("/api/departments/" + department + "/opportunities").then().statusCode(201);
        String later = "Opens next week " + UUID.randomUUID().toString().substring(0, 8);
        as(coordinator).body(Map.of("kind", "JOB_OPENING", "title", later, "classCode", ANALYST,
                        "opensOn", Timestamps.today().plusDays(7).toString(),
                        "closesOn", Timestamps.today().plusDays(30).toString()))
                .post("/api/departments/" + department + "/opportunities").then().statusCode(201);

        relay.relayDue();

        for (Person eligible : List.of(first, second)) {
            assertThat(mailTo(eligible.email())).as(eligible.employeeId()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo("Upward Mobility Program: a new opportunity, " + title);
                assertThat(m.getText()).contains("Dear Person " + eligible.employeeId() + ",", title, "(training)",
                        "Twelve weeks, on state time", "Ola Coordinator");
            });
        }
        assertThat(mailTo(analyst.email())).as("in an ELTPA class: not eligible").isEmpty();
    }

    @Test
    void aTdAgreementIsMailedToItsThreePartiesOnce() {
        Person releasing = employee("DGS", OFFICE_SUPERVISOR, null, "employee", "supervisor");
        Person receiving = employee("DGS", OFFICE_SUPERVISOR, null, "employee", "supervisor");
        Person assignee = employee("DGS", OFFICE_TECHNICIAN, releasing.employeeId());
        String assignmentId = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/plans-service","type":"TdAssignmentRecorded",
                 "eventversion":1,"subject":"%s","time":"%s","department":"DGS","datacontenttype":"application/json",
                 "data":{"assignmentId":"%s","planId":"%s","employeeId":"%s","department":"DGS",
                         "startDate":"2027-01-04","endDate":"2027-12-31","timeBaseFraction":0.5,"status":"AGREED",
                         "receivingPosition":"307-120-5157-004","receivingClassCode":"5157",
                         "currentSupervisorId":"%s","receivingSupervisorId":"%s","returnPosition":"307-110-1139-001"}}"""
                .formatted(UUID.randomUUID(), assignee.employeeId(), java.time.Instant.now(), assignmentId,
                        UUID.randomUUID(), assignee.employeeId(), releasing.employeeId(), receiving.employeeId());
        gov.ca.calhr.um.stack.EventContracts.assertConforms(event);
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            // the same event twice: the letters still go once
            writer.send("plans.td-assignment.v1", assignee.employeeId(), event);
            writer.send("plans.td-assignment.v1", assignee.employeeId(), event);
        }
        String subject = "Upward Mobility Program: training and development assignment agreement";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            relay.relayDue();
            return List.of(assignee, releasing, receiving).stream()
                    .allMatch(p -> !mailTo(p.email()).isEmpty());
        });
        for (Person party : List.of(assignee, releasing, receiving)) {
            assertThat(mailTo(party.email())).as(party.employeeId()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo(subject);
                assertThat(m.getText()).contains("Dear Person " + party.employeeId() + ",",
                        "Person " + assignee.employeeId(), "Person " + releasing.employeeId(),
                        "Person " + receiving.employeeId(), "307-120-5157-004", "Staff Services Analyst (General) (5157)",
                        "January 4, 2027", "December 31, 2027", "time base 0.5", "307-110-1139-001", assignmentId);
                assertThat(m.getAttachments()).singleElement()
                        .satisfies(a -> assertThat(a.getContentType()).isEqualTo("application/pdf"));
            });
        }
    }

    @Test
    void anApplicantWithdrawsWithAReasonAndTheSupervisorAndCoordinatorAreTold() {
        Person supervisor = employee("DGS", OFFICE_SUPERVISOR, null, "employee", "supervisor");
        Person applicant = employee("DGS", OFFICE_TECHNICIAN, supervisor.employeeId());
        String applicationId = as(applicant.token()).body(Map.of("careerGoal", "Analyst", "targetClassCode", ANALYST))
                .post("/api/applications").then().statusCode(201).extract().path("applicationId");
        String reason = "caring for a parent this year (" + UUID.randomUUID() + ")";
        as(applicant.token()).body(Map.of("reason", "x".repeat(1001)))
                .post("/api/applications/" + applicationId + "/withdrawal").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("reason"));
        as(applicant.token()).body(Map.of("reason", reason))
                .post("/api/applications/" + applicationId + "/withdrawal").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));

        relay.relayDue();

        String subject = "Upward Mobility Program: an application was withdrawn";
        for (Person told : List.of(applicant, supervisor)) {
            assertThat(mailTo(told.email())).as(told.employeeId()).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).isEqualTo(subject);
                assertThat(m.getText()).contains(reason);
            });
        }
        assertThat(mailTo("um@dgs.ca.gov")).filteredOn(m -> m.getText().contains(reason)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains(applicant.employeeId() + " withdrew"));
    }

    @Test
    void aPostingChangedExtendedAndCancelledIsAnnouncedEachTime() {
        String department = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String coordinator = TestTokens.token("coordinator", department, "um-coordinator");
        Person eligible = employee(department, OFFICE_TECHNICIAN, null);
        String title = "Bridging course " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> posting = new HashMap<>(Map.of("kind", "TRAINING", "title", title,
                "opensOn", Timestamps.today().toString(), "closesOn", Timestamps.today().plusDays(10).toString()));
        String id = as(coordinator).body(posting).post("/api/departments/" + department + "/opportunities").then()
                .statusCode(201).body("status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("version", org.hamcrest.Matchers.equalTo(1)).extract().path("opportunityId");
        relay.relayDue();
        assertThat(mailTo(eligible.email())).hasSize(1);

        // extended: a later day only
        as(coordinator).body(Map.of("closesOn", Timestamps.today().plusDays(5).toString()))
                .post("/api/opportunities/" + id + "/extension").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("closesOn"));
        String later = Timestamps.today().plusDays(40).toString();
        as(coordinator).body(Map.of("closesOn", later)).post("/api/opportunities/" + id + "/extension").then()
                .statusCode(200).body("closesOn", org.hamcrest.Matchers.equalTo(later))
                .body("version", org.hamcrest.Matchers.equalTo(2));
        // changed: its kind stays
        posting.put("closesOn", later);
        posting.put("description", "Now also on Saturdays");
        posting.put("kind", "JOB_OPENING");
        as(coordinator).body(posting).put("/api/opportunities/" + id).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("kind"));
        posting.put("kind", "TRAINING");
        as(coordinator).body(posting).put("/api/opportunities/" + id).then().statusCode(200)
                .body("description", org.hamcrest.Matchers.equalTo("Now also on Saturdays"))
                .body("version", org.hamcrest.Matchers.equalTo(3));
        // another department's coordinator does not see it
        as(DGS_COORDINATOR).body(Map.of("reason", "x")).post("/api/opportunities/" + id + "/cancellation").then()
                .statusCode(404);
        relay.relayDue();
        // two changes before the relay's turn: the employee is told once, of the latest
        assertThat(mailTo(eligible.email())).hasSize(2);
        assertThat(mailTo(eligible.email()).get(1)).satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Upward Mobility Program: changed, " + title);
            assertThat(m.getText()).contains("was changed", "version 3");
        });

        as(coordinator).body(Map.of("reason", "the trainer is not available this term"))
                .post("/api/opportunities/" + id + "/cancellation").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        as(coordinator).body(Map.of("reason", "again")).post("/api/opportunities/" + id + "/cancellation").then()
                .statusCode(409);
        as(eligible.token()).get("/api/departments/" + department + "/opportunities").then().statusCode(200)
                .body("items.opportunityId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        relay.relayDue();
        assertThat(mailTo(eligible.email())).hasSize(3);
        assertThat(mailTo(eligible.email()).get(2)).satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Upward Mobility Program: cancelled, " + title);
            assertThat(m.getText()).contains("was cancelled: the trainer is not available this term");
        });
    }
}
