package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.plans.PlanFixtures.Participant;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static gov.ca.calhr.um.plans.PlanFixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.DGS_HR;
import static gov.ca.calhr.um.plans.PlanFixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.as;
import static gov.ca.calhr.um.plans.PlanFixtures.bootstrap;
import static gov.ca.calhr.um.plans.PlanFixtures.draft;
import static gov.ca.calhr.um.plans.PlanFixtures.participant;
import static gov.ca.calhr.um.plans.PlanFixtures.take;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class TdAssignmentAndSpendTest {

    @BeforeEach
    void catalogIsKnown() {
        PlanFixtures.catalogIsKnown();
    }

    private static String activePlan(Participant p) {
        String planId = draft(p, true);
        for (String s : List.of("SUBMIT", "SUPERVISOR_APPROVE", "ACCEPT")) {
            take(s, p, planId, 200);
        }
        return planId;
    }

    private static Map<String, Object> agreement(Participant p, String start, String end, Object fraction) {
        Map<String, Object> body = new HashMap<>();
        body.put("receivingPosition", "307-220-5157-004");
        body.put("receivingClassCode", "5157");
        body.put("currentSupervisorId", p.supervisorId());
        body.put("receivingSupervisorId", "S-RECEIVING");
        body.put("employeeAgreedOn", "2025-12-10");
        body.put("currentSupervisorAgreedOn", "2025-12-11");
        body.put("receivingSupervisorAgreedOn", "2025-12-12");
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("returnPosition", "307-110-1139-001");
        if (fraction != null) {
            body.put("timeBaseFraction", fraction);
        }
        return body;
    }

    @Test
    void aFullTimeAssignmentRunsAtMost24MonthsAndPartTimeItsEquivalent() {
        Participant p = participant();
        String planId = activePlan(p);
        String url = "/api/plans/" + planId + "/td-assignments";
        as(DGS_COORDINATOR).body(agreement(p, "2026-01-01", "2028-01-01", null)).post(url).then()
                .statusCode(400)
                .body("violations.field", hasItem("endDate"))
                .body("detail", containsString("2027-12-31"));
        as(DGS_COORDINATOR).body(agreement(p, "2026-01-01", "2027-12-31", null)).post(url).then()
                .statusCode(201)
                .body("agreements.party", equalTo(List.of("EMPLOYEE", "CURRENT_SUPERVISOR", "RECEIVING_SUPERVISOR")))
                .body("returnPosition", equalTo("307-110-1139-001"));
        // the limit holds for all of the employee's assignments together: 24 months are used
        as(DGS_COORDINATOR).body(agreement(p, "2028-01-01", "2028-01-31", null)).post(url).then()
                .statusCode(400).body("violations.field", hasItem("endDate"))
                .body("detail", containsString("none is left"));
        // and one at a time
        as(DGS_COORDINATOR).body(agreement(p, "2027-06-01", "2027-06-30", null)).post(url).then()
                .statusCode(400).body("violations.field", hasItem("startDate"))
                .body("detail", containsString("overlaps"));
        // half time: up to 48 calendar months (another employee)
        Participant q = participant();
        String other = "/api/plans/" + activePlan(q) + "/td-assignments";
        as(DGS_COORDINATOR).body(agreement(q, "2026-01-01", "2030-01-01", 0.5)).post(other).then()
                .statusCode(400).body("violations.field", hasItem("endDate"));
        as(q.supervisor()).body(agreement(q, "2026-01-01", "2027-12-31", 0.5)).post(other).then()
                .statusCode(201).body("timeBaseFraction", comparesEqualTo(0.5f));
        // two years at half time used half the limit: a year full time is left (to 2028-12-30 of 2029-12-31)
        as(DGS_COORDINATOR).body(agreement(q, "2028-01-01", "2029-01-31", null)).post(other).then()
                .statusCode(400).body("detail", containsString("use 50 % of it"))
                .body("detail", containsString("ends on 2028-12-30 at the latest"));
        as(DGS_COORDINATOR).body(agreement(q, "2028-01-01", "2028-12-30", null)).post(other).then()
                .statusCode(201);
        Map<String, Object> unsigned = agreement(p, "2026-01-01", "2026-06-30", null);
        unsigned.remove("receivingSupervisorAgreedOn");
        as(DGS_COORDINATOR).body(unsigned).post(url).then()
                .statusCode(400).body("violations.field", hasItem("receivingSupervisorAgreedOn"));
        as(p.employee()).body(agreement(p, "2026-01-01", "2026-06-30", null)).post(url).then().statusCode(403);
        as(DGS_COORDINATOR).get("/api/plans/" + planId).then().body("tdAssignments", hasSize(1));
    }

    @Test
    void anAssignmentFollowsAnAcceptedPlan() {
        Participant p = participant();
        String planId = draft(p, true);
        as(DGS_COORDINATOR).body(agreement(p, "2026-01-01", "2026-12-31", null))
                .post("/api/plans/" + planId + "/td-assignments").then()
                .statusCode(409).body("detail", containsString("DRAFT"));
    }

    @Test
    void anEmployeesWrittenRequestEndsTheAssignmentWithin10WorkingDaysSkippingHolidays() {
        Participant p = participant();
        String planId = activePlan(p);
        String assignmentId;
        try (TopicReader events = new TopicReader(bootstrap(), "plans.td-assignment.v1")) {
            assignmentId = as(DGS_COORDINATOR).body(agreement(p, "2026-09-01", "2027-08-31", null))
                    .post("/api/plans/" + planId + "/td-assignments").then().statusCode(201)
                    .extract().path("assignmentId");
            EventContracts.assertConforms(events.awaitRecord(r -> r.value().contains(assignmentId),
                    Duration.ofSeconds(30)).value());
        }
        // Wednesday before Thanksgiving 2026: Thursday and Friday are state holidays, then a weekend.
        // Ten working days: Nov 30, Dec 1, 2, 3, 4, 7, 8, 9, 10, 11.
        as(p.employee()).body(Map.of("requestedBy", "EMPLOYEE", "requestedOn", "2026-11-25",
                        "reason", "returning to my position for family reasons"))
                .post("/api/td-assignments/" + assignmentId + "/early-end").then()
                .statusCode(200)
                .body("endDate", equalTo("2026-12-11"))
                .body("status", equalTo("ENDING_EARLY"))
                .body("earlyEndRequestedBy", equalTo("EMPLOYEE"));
        as(EDD_COORDINATOR).body(Map.of("requestedBy", "DEPARTMENT", "requestedOn", "2026-11-25",
                        "endDate", "2026-11-30", "reason", "x"))
                .post("/api/td-assignments/" + assignmentId + "/early-end").then().statusCode(404);
        // the department may end it sooner
        as(p.supervisor()).body(Map.of("requestedBy", "DEPARTMENT", "requestedOn", "2026-11-25",
                        "endDate", "2026-12-04", "reason", "position filled"))
                .post("/api/td-assignments/" + assignmentId + "/early-end").then()
                .statusCode(200).body("endDate", equalTo("2026-12-04"));
    }

    private static String activityWithSpend(Participant p, String planId, String start, String cost,
                                            String category) {
        return as(p.employee()).body(Map.of("type", "TRAINING_COURSE", "title", "Analytical writing",
                        "provider", "CalHR Statewide Training", "hours", 16, "actualStart", start,
                        "status", "IN_PROGRESS", "cost", cost, "trainingCategory", category))
                .post("/api/plans/" + planId + "/activities").then().statusCode(201)
                .extract().path("activityId");
    }

    @Test
    void spendFallsInTheFiscalYearTheActivityStartedIn() {
        String department = "DGS";
        Map<String, Float> before2526 = spendByCategory(department, "2025-26");
        Map<String, Float> before2627 = spendByCategory(department, "2026-27");
        Participant p = participant();
        String planId = activePlan(p);
        try (TopicReader events = new TopicReader(bootstrap(), "plans.spend.v1")) {
            String june = activityWithSpend(p, planId, "2026-06-30", "120.50", "JOB_RELATED");
            activityWithSpend(p, planId, "2026-07-01", "300.00", "UPWARD_MOBILITY_AND_CAREER_RELATED");
            String cancelled = activityWithSpend(p, planId, "2026-07-02", "75.00", "JOB_REQUIRED");
            as(p.employee()).body(Map.of("status", "CANCELLED"))
                    .put("/api/plans/" + planId + "/activities/" + cancelled).then().statusCode(200);
            var recorded = events.awaitRecord(r -> r.value().contains(june), Duration.ofSeconds(30));
            EventContracts.assertConforms(recorded.value());
            org.assertj.core.api.Assertions.assertThat(recorded.value()).contains("\"fiscalYear\":\"2025-26\"");
            events.awaitRecord(r -> r.value().contains(cancelled) && r.value().contains("\"amount\":0"),
                    Duration.ofSeconds(30));
        }
        Map<String, Float> after2526 = spendByCategory(department, "2025-26");
        Map<String, Float> after2627 = spendByCategory(department, "2026-27");
        org.assertj.core.api.Assertions.assertThat(after2526.get("JOB_RELATED") - before2526.get("JOB_RELATED"))
                .isEqualTo(120.5f);
        org.assertj.core.api.Assertions.assertThat(after2627.get("UPWARD_MOBILITY_AND_CAREER_RELATED")
                - before2627.get("UPWARD_MOBILITY_AND_CAREER_RELATED")).isEqualTo(300f);
        org.assertj.core.api.Assertions.assertThat(after2627.get("JOB_REQUIRED")).isEqualTo(before2627.get("JOB_REQUIRED"));

        as(DGS_HR).get("/api/departments/DGS/training-spend?fiscalYear=2025-2026").then()
                .statusCode(400).body("violations.field", hasItem("fiscalYear"));
        as(EDD_COORDINATOR).get("/api/departments/DGS/training-spend?fiscalYear=2025-26").then().statusCode(403);
        as(p.employee()).body(Map.of("type", "TRAINING_COURSE", "title", "x", "provider", "y", "hours", 2,
                        "cost", "10.00"))
                .post("/api/plans/" + planId + "/activities").then()
                .statusCode(400).body("violations.field", hasItem("trainingCategory"));
    }

    private static Map<String, Float> spendByCategory(String department, String fiscalYear) {
        return as(DGS_HR).get("/api/departments/" + department + "/training-spend?fiscalYear=" + fiscalYear)
                .then().statusCode(200).body("fiscalYear", equalTo(fiscalYear))
                .extract().jsonPath().getMap("byCategory", String.class, Float.class);
    }

    @jakarta.inject.Inject
    gov.ca.calhr.um.plans.service.TdAssignmentService assignments;

    @Test
    void theDepartmentListsItsAssignmentsEachPartyReadsOneAndOnePastItsEndIsEnded() {
        Participant p = participant();
        String planId = activePlan(p);
        String past = as(DGS_COORDINATOR).body(agreement(p, "2025-01-06", "2025-03-31", null))
                .post("/api/plans/" + planId + "/td-assignments").then().statusCode(201)
                .body("status", equalTo("AGREED")).extract().path("assignmentId");

        as(DGS_COORDINATOR).get("/api/departments/DGS/td-assignments?size=500").then().statusCode(200)
                .body("items.assignmentId", hasItem(past));
        as(DGS_HR).get("/api/departments/DGS/td-assignments?status=AGREED&size=500").then().statusCode(200);
        as(EDD_COORDINATOR).get("/api/departments/DGS/td-assignments").then().statusCode(403);
        as(DGS_COORDINATOR).get("/api/departments/DGS/td-assignments?status=FINISHED").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        as(p.employee()).get("/api/td-assignments/" + past).then().statusCode(200)
                .body("employeeId", equalTo(p.employeeId()));
        as(p.supervisor()).get("/api/td-assignments/" + past).then().statusCode(200);
        as(EDD_COORDINATOR).get("/api/td-assignments/" + past).then().statusCode(404);

        try (TopicReader events = new TopicReader(bootstrap(), "plans.td-assignment.v1")) {
            assignments.endThosePastTheirEnd();
            as(p.employee()).get("/api/td-assignments/" + past).then().body("status", equalTo("ENDED"));
            as(DGS_COORDINATOR).get("/api/departments/DGS/td-assignments?status=ENDED&size=500").then()
                    .body("items.assignmentId", hasItem(past));
            var ended = events.awaitRecord(r -> r.value().contains(past) && r.value().contains("\"ENDED\""),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(ended.topic(), ended.value());
        }
    }
}
