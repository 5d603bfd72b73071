package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.plans.PlanFixtures.Participant;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.plans.PlanFixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.DGS_HR;
import static gov.ca.calhr.um.plans.PlanFixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.OFFICE_SUPERVISOR;
import static gov.ca.calhr.um.plans.PlanFixtures.activity;
import static gov.ca.calhr.um.plans.PlanFixtures.as;
import static gov.ca.calhr.um.plans.PlanFixtures.bootstrap;
import static gov.ca.calhr.um.plans.PlanFixtures.draft;
import static gov.ca.calhr.um.plans.PlanFixtures.participant;
import static gov.ca.calhr.um.plans.PlanFixtures.participantStatusChanged;
import static gov.ca.calhr.um.plans.PlanFixtures.publish;
import static gov.ca.calhr.um.plans.PlanFixtures.step;
import static gov.ca.calhr.um.plans.PlanFixtures.take;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class PlanWorkflowTest {

    private static final List<String> STEPS = List.of("SUBMIT", "SUPERVISOR_APPROVE", "SUPERVISOR_RETURN", "ACCEPT",
            "COORDINATOR_RETURN", "SUSPEND", "REINSTATE");

    /** The workflow as the guidelines describe it: from each state, the steps that are legal and where they lead. */
    private static final Map<String, Map<String, String>> LEGAL = Map.of(
            "DRAFT", Map.of("SUBMIT", "SUBMITTED"),
            "SUBMITTED", Map.of("SUPERVISOR_APPROVE", "SUPERVISOR_APPROVED", "SUPERVISOR_RETURN", "RETURNED"),
            "SUPERVISOR_APPROVED", Map.of("ACCEPT", "ACTIVE", "COORDINATOR_RETURN", "RETURNED"),
            "RETURNED", Map.of("SUBMIT", "SUBMITTED"),
            "ACTIVE", Map.of("SUSPEND", "SUSPENDED"),
            "SUSPENDED", Map.of("REINSTATE", "ACTIVE"),
            "COMPLETED", Map.of(),
            "CLOSED", Map.of());

    @BeforeEach
    void catalogIsKnown() {
        PlanFixtures.catalogIsKnown();
    }

    /** A complete plan of a new participant, brought to {@code state}. */
    private static String planIn(String state, Participant p) {
        String planId = draft(p, true);
        List<String> path = switch (state) {
            case "DRAFT" -> List.of();
            case "SUBMITTED" -> List.of("SUBMIT");
            case "SUPERVISOR_APPROVED" -> List.of("SUBMIT", "SUPERVISOR_APPROVE");
            case "RETURNED" -> List.of("SUBMIT", "SUPERVISOR_RETURN");
            case "ACTIVE", "COMPLETED", "CLOSED" -> List.of("SUBMIT", "SUPERVISOR_APPROVE", "ACCEPT");
            case "SUSPENDED" -> List.of("SUBMIT", "SUPERVISOR_APPROVE", "ACCEPT", "SUSPEND");
            default -> throw new IllegalArgumentException(state);
        };
        path.forEach(s -> take(s, p, planId, 200));
        if (state.equals("COMPLETED") || state.equals("CLOSED")) {
            String status = state.equals("COMPLETED") ? "PROMOTED" : "WITHDRAWN";
            publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), p, "ACTIVE", status,
                    "reported by participants-service"));
            awaitStatus(p, planId, state);
        }
        return planId;
    }

    private static void awaitStatus(Participant p, String planId, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                state.equals(as(p.employee()).get("/api/plans/" + planId).path("status")));
    }

    @Test
    void everyStepIsLegalExactlyFromTheStatesTheWorkflowAllows() {
        SoftAssertions soft = new SoftAssertions();
        for (String state : LEGAL.keySet()) {
            Participant p = participant();
            String planId = planIn(state, p);
            for (String step : STEPS) {
                String[] s = step(step, p);
                String expectedState = LEGAL.get(state).get(step);
                if (expectedState == null) {
                    Response r = as(s[0]).body(s[2]).post("/api/plans/" + planId + "/" + s[1]);
                    soft.assertThat(r.statusCode()).as(step + " from " + state).isEqualTo(409);
                    soft.assertThat(r.<String>path("detail")).as(step + " from " + state).contains("is " + state);
                } else {
                    Participant fresh = participant();
                    String other = planIn(state, fresh);
                    String[] f = step(step, fresh);
                    Response r = as(f[0]).body(f[2]).post("/api/plans/" + other + "/" + f[1]);
                    soft.assertThat(r.statusCode()).as(step + " from " + state).isEqualTo(200);
                    soft.assertThat(r.<String>path("status")).as(step + " from " + state).isEqualTo(expectedState);
                }
            }
            soft.assertThat(as(p.employee()).get("/api/plans/" + planId).<String>path("status"))
                    .as("illegal steps left the plan " + state).isEqualTo(state);
        }
        soft.assertAll();
    }

    @Test
    void theWholeRoadIsKeptInTheHistoryAndAnnounced() {
        Participant p = participant();
        String planId = draft(p, true);
        try (TopicReader events = new TopicReader(bootstrap(), "plans.plan.v1")) {
            for (String s : List.of("SUBMIT", "SUPERVISOR_RETURN", "SUBMIT", "SUPERVISOR_APPROVE", "COORDINATOR_RETURN",
                    "SUBMIT", "SUPERVISOR_APPROVE", "ACCEPT", "SUSPEND", "REINSTATE")) {
                take(s, p, planId, 200);
            }
            as(DGS_COORDINATOR).get("/api/plans/" + planId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED",
                            "SUPERVISOR_APPROVED", "RETURNED", "SUBMITTED", "SUPERVISOR_APPROVED", "ACTIVE",
                            "SUSPENDED", "ACTIVE")));
            var accepted = events.awaitRecord(r -> r.value().contains(planId)
                    && r.value().contains("\"status\":\"ACTIVE\""), Duration.ofSeconds(30));
            EventContracts.assertConforms(accepted.value());
        }
    }

    @Test
    void theCoordinatorAcceptsOnlyACompletePlanAndReturnsItNamingWhatIsMissing() {
        Participant p = participant();
        String planId = draft(p, false);
        take("SUBMIT", p, planId, 200);
        take("SUPERVISOR_APPROVE", p, planId, 200);
        as(DGS_COORDINATOR).body("{}").post("/api/plans/" + planId + "/acceptance").then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("missingItems", equalTo(List.of("activities", "targetDate")))
                .body("violations.field", hasItems("activities", "targetDate"));
        as(DGS_COORDINATOR).body("{\"reason\":\"incomplete\"}").post("/api/plans/" + planId + "/coordinator-return")
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("missingItems", equalTo(List.of("activities", "targetDate")));

        // completed by the employee, then accepted
        as(p.employee()).body(Map.of("targetDate", "2028-01-01")).put("/api/plans/" + planId).then().statusCode(200);
        activity(p.employee(), planId);
        take("SUBMIT", p, planId, 200);
        take("SUPERVISOR_APPROVE", p, planId, 200);
        take("ACCEPT", p, planId, 200);

        // the target must be an ELTPA class
        Participant q = participant();
        String other = draft(q, true);
        as(q.employee()).body(Map.of("targetClassCode", OFFICE_SUPERVISOR)).put("/api/plans/" + other).then()
                .statusCode(422).body("violations.field", hasItem("targetClassCode"));
    }

    @Test
    void aSuspendedPlanAcceptsNoNewActivities() {
        Participant p = participant();
        String planId = planIn("SUSPENDED", p);
        as(p.employee()).body(Map.of("type", "MENTORING", "title", "Mentoring by a senior analyst"))
                .post("/api/plans/" + planId + "/activities").then()
                .statusCode(409)
                .body("detail", containsString("suspended plan accepts no new activities"));
        as(DGS_COORDINATOR).get("/api/plans/" + planId).then()
                .body("suspensionGround", equalTo("TRAINING_OR_ACADEMIC_STANDING"))
                .body("activities", hasSize(1));
        as(DGS_COORDINATOR).body("{\"reason\":\"x\"}").post("/api/plans/" + planId + "/suspension").then()
                .statusCode(409);
        take("REINSTATE", p, planId, 200);
        activity(p.employee(), planId);
    }

    @Test
    void theWrongPersonGetsA403AndOtherDepartmentsLearnNothing() {
        Participant p = participant();
        String planId = draft(p, true);
        as(DGS_COORDINATOR).body("{}").post("/api/plans/" + planId + "/submission").then().statusCode(403);
        take("SUBMIT", p, planId, 200);
        as(p.employee()).body("{}").post("/api/plans/" + planId + "/supervisor-approval").then().statusCode(403);
        String otherSupervisor = TestTokens.tokenFor("sup-x", "DGS", "S-" + UUID.randomUUID(), "supervisor");
        as(otherSupervisor).body("{}").post("/api/plans/" + planId + "/supervisor-approval").then().statusCode(404);
        as(otherSupervisor).get("/api/plans/" + planId).then().statusCode(404);
        as(TestTokens.tokenFor("e", "DGS", "E-" + UUID.randomUUID(), "employee")).get("/api/plans/" + planId)
                .then().statusCode(404);
        as(EDD_COORDINATOR).get("/api/plans/" + planId).then().statusCode(404);
        as(DGS_HR).get("/api/plans/" + planId).then().statusCode(200);
        as(p.supervisor()).get("/api/plans/" + planId).then().statusCode(200);
        as(p.supervisor()).get("/api/departments/DGS/plans?size=500").then().statusCode(200)
                .body("items.planId", hasItem(planId));
        as(otherSupervisor).get("/api/departments/DGS/plans?size=500").then().statusCode(200)
                .body("items.planId", not(hasItem(planId)));
        as(EDD_COORDINATOR).get("/api/departments/DGS/plans").then().statusCode(403);
    }

    @Test
    void thePlansSupervisorIsTheSupervisorOfRecord() {
        Participant p = participant();
        // wait until the participant is known here: a plan with the right supervisor is accepted
        draft(p, false);
        Participant q = participant();
        String stranger = "S-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                as(q.employee()).body(Map.of("supervisorId", stranger)).post("/api/plans").statusCode() == 422);
        as(q.employee()).body(Map.of("supervisorId", stranger)).post("/api/plans").then()
                .body("violations.field", hasItem("supervisorId"))
                .body("detail", containsString(q.supervisorId()));
        String otherSupervisor = TestTokens.tokenFor("sup-y", "DGS", stranger, "supervisor");
        as(otherSupervisor).body(Map.of("employeeId", q.employeeId())).post("/api/plans").then().statusCode(422);
        as(q.supervisor()).body(Map.of("employeeId", q.employeeId())).post("/api/plans").then().statusCode(201)
                .body("supervisorId", equalTo(q.supervisorId()));
    }

    @Test
    void onePlanInProgressPerParticipantAndOnlyForParticipants() {
        Participant p = participant();
        draft(p, true);
        as(p.employee()).body(Map.of("supervisorId", p.supervisorId())).post("/api/plans").then()
                .statusCode(409).body("detail", containsString("one plan in progress"));
        as(TestTokens.tokenFor("e", "DGS", "E-" + UUID.randomUUID(), "employee"))
                .body(Map.of("supervisorId", "S-1")).post("/api/plans").then()
                .statusCode(409).body("detail", containsString("not an active Upward Mobility participant"));
    }

    @Test
    void aWithdrawalReportedByParticipantsServiceClosesThePlanOnce() {
        Participant p = participant();
        String planId = planIn("ACTIVE", p);
        String eventId = UUID.randomUUID().toString();
        String withdrawn = participantStatusChanged(eventId, p, "ACTIVE", "WITHDRAWN", "moving to another city");
        publish(p.employeeId(), withdrawn);
        awaitStatus(p, planId, "CLOSED");
        // the same event again, then a marker behind it on the same key: nothing more happens
        publish(p.employeeId(), withdrawn);
        Participant marker = new Participant(UUID.randomUUID().toString(), p.employeeId(), p.supervisorId(),
                p.employee(), p.supervisor());
        publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), marker, null, "ACTIVE",
                "selected again"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                as(p.employee()).body(Map.of("supervisorId", p.supervisorId())).post("/api/plans").statusCode() == 201);
        as(p.employee()).get("/api/plans/" + planId).then()
                .body("status", equalTo("CLOSED"))
                .body("statusReason", containsString("moving to another city"))
                .body("history", hasSize(5));
    }

    @Test
    void aSuspendedParticipationHoldsItsPlanAndItsReinstatementResumesIt() {
        Participant p = participant();
        String planId = planIn("ACTIVE", p);
        publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), p, "ACTIVE", "SUSPENDED",
                "missed two training sessions"));
        awaitStatus(p, planId, "SUSPENDED");
        as(p.employee()).get("/api/plans/" + planId).then()
                .body("statusReason", equalTo("participation suspended: missed two training sessions"));
        publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), p, "SUSPENDED", "ACTIVE",
                "back in good standing"));
        awaitStatus(p, planId, "ACTIVE");
        as(p.employee()).get("/api/plans/" + planId).then()
                .body("statusReason", containsString("participation reinstated"));
    }

    @Test
    void aPlanSuspendedOnItsOwnGroundsResumesWhenTheParticipationIsReinstated() {
        Participant p = participant();
        String planId = planIn("SUSPENDED", p);
        // participants-service follows the plan's suspension: that change is not followed back
        publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), p, "ACTIVE", "SUSPENDED",
                "plan suspended: failed the required course", true));
        // the coordinator reinstates the participation: one suspension, the plan resumes too
        publish(p.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), p, "SUSPENDED", "ACTIVE",
                "course retaken and passed"));
        awaitStatus(p, planId, "ACTIVE");
        as(p.employee()).get("/api/plans/" + planId).then()
                .body("statusReason", equalTo("participation reinstated: course retaken and passed"))
                .body("suspensionGround", equalTo(null));

        // a suspension that itself follows the plan is not followed back; the next one, the coordinator's, is
        Participant q = participant();
        String other = planIn("ACTIVE", q);
        publish(q.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), q, "ACTIVE", "SUSPENDED",
                "plan suspended: performance", true));
        publish(q.employeeId(), participantStatusChanged(UUID.randomUUID().toString(), q, "ACTIVE", "SUSPENDED",
                "missed two training sessions"));
        awaitStatus(q, other, "SUSPENDED");
        as(q.employee()).get("/api/plans/" + other).then()
                .body("statusReason", equalTo("participation suspended: missed two training sessions"))
                .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "SUPERVISOR_APPROVED", "ACTIVE",
                        "SUSPENDED")));
    }

    @Test
    void anAcceptedPlanIsAmendedThroughTheSameReviewAndEarlierRevisionsAreKept() {
        Participant p = participant();
        String planId = planIn("ACTIVE", p);
        String amend = "/api/plans/" + planId + "/amendment";

        as(DGS_COORDINATOR).body(Map.of("reason", "x")).post(amend).then().statusCode(403);
        as(p.employee()).body(Map.of("targetDate", "2029-01-01")).post(amend).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(p.employee()).body(Map.of("reason", "exam moved", "targetClassCode", OFFICE_SUPERVISOR)).post(amend)
                .then().statusCode(422).body("violations.field", hasItem("targetClassCode"));
        try (TopicReader events = new TopicReader(bootstrap(), "plans.plan.v1")) {
            as(p.employee()).body(Map.of("reason", "the certification exam moved to the autumn",
                            "targetDate", "2029-01-01"))
                    .post(amend).then().statusCode(201)
                    .body("status", equalTo("ACTIVE"))
                    .body("revision", equalTo(1))
                    .body("targetDate", equalTo("2028-07-01"))
                    .body("amendment.revision", equalTo(2))
                    .body("amendment.status", equalTo("DRAFT"))
                    .body("amendment.targetDate", equalTo("2029-01-01"))
                    .body("amendment.careerObjectives", startsWith("Qualify for Staff Services Analyst"))
                    .body("revisions.revision", equalTo(List.of(1, 2)));
            as(p.supervisor()).body(Map.of("reason", "again")).post(amend).then().statusCode(409)
                    .body("detail", containsString("one amendment in review"));
            as(p.supervisor()).body(Map.of("careerObjectives", "Analyst in contracts, via the autumn exam"))
                    .put(amend).then().statusCode(200)
                    .body("amendment.careerObjectives", equalTo("Analyst in contracts, via the autumn exam"));

            // the same review as the first revision, acting on the amendment while the plan stays ACTIVE
            as(DGS_COORDINATOR).body("{}").post("/api/plans/" + planId + "/acceptance").then().statusCode(409)
                    .body("detail", containsString("is DRAFT"));
            take("SUBMIT", p, planId, 200);
            as(p.supervisor()).body(Map.of("careerObjectives", "late change")).put(amend).then().statusCode(409);
            take("SUPERVISOR_RETURN", p, planId, 200);
            as(p.employee()).get("/api/plans/" + planId).then()
                    .body("status", equalTo("ACTIVE"))
                    .body("amendment.status", equalTo("RETURNED"))
                    .body("amendment.statusReason", equalTo("add a mentoring activity"));
            take("SUBMIT", p, planId, 200);
            take("SUPERVISOR_APPROVE", p, planId, 200);
            take("COORDINATOR_RETURN", p, planId, 200);
            as(p.employee()).get("/api/plans/" + planId).then()
                    .body("amendment.missingItems", equalTo(List.of("quarterly milestones")));
            take("SUBMIT", p, planId, 200);
            take("SUPERVISOR_APPROVE", p, planId, 200);
            take("ACCEPT", p, planId, 200);

            as(DGS_COORDINATOR).get("/api/plans/" + planId).then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("revision", equalTo(2))
                    .body("targetDate", equalTo("2029-01-01"))
                    .body("careerObjectives", equalTo("Analyst in contracts, via the autumn exam"))
                    .body("statusReason", equalTo("amendment 2 accepted: the certification exam moved to the autumn"))
                    .body("amendment", equalTo(null))
                    .body("revisions.status", equalTo(List.of("ACCEPTED", "ACCEPTED")))
                    .body("revisions[0].targetDate", equalTo("2028-07-01"))
                    .body("revisions[0].careerObjectives", startsWith("Qualify for Staff Services Analyst"))
                    .body("revisions[1].amendmentReason", equalTo("the certification exam moved to the autumn"))
                    .body("activities", hasSize(1));
            var accepted = events.awaitRecord(r -> r.value().contains(planId)
                    && r.value().contains("\"revision\":2"), Duration.ofSeconds(30));
            EventContracts.assertConforms(accepted.value());
            org.assertj.core.api.Assertions.assertThat(accepted.value())
                    .contains("\"previousStatus\":\"ACTIVE\"", "\"targetDate\":\"2029-01-01\"");
        }

        // a second amendment, withdrawn: the plan stays as accepted
        as(p.employee()).body(Map.of("reason", "maybe a different unit", "targetDate", "2030-01-01")).post(amend)
                .then().statusCode(201).body("amendment.revision", equalTo(3));
        as(p.employee()).body(Map.of("reason", "staying in contracts")).post(amend + "/withdrawal").then()
                .statusCode(200)
                .body("amendment", equalTo(null))
                .body("revision", equalTo(2))
                .body("targetDate", equalTo("2029-01-01"))
                .body("revisions.status", equalTo(List.of("ACCEPTED", "ACCEPTED", "WITHDRAWN")));
        as(p.employee()).body("{}").post(amend + "/withdrawal").then().statusCode(409);

        // only an accepted plan is amended
        Participant q = participant();
        String draft = draft(q, true);
        as(q.employee()).body(Map.of("reason", "x")).post("/api/plans/" + draft + "/amendment").then()
                .statusCode(409).body("detail", containsString("is DRAFT"));
    }
}
