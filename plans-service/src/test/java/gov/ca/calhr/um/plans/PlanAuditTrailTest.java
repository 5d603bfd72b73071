package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.plans.PlanFixtures.Participant;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.plans.PlanFixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.plans.PlanFixtures.as;
import static gov.ca.calhr.um.plans.PlanFixtures.draft;
import static gov.ca.calhr.um.plans.PlanFixtures.participant;
import static gov.ca.calhr.um.plans.PlanFixtures.participantStatusChanged;
import static gov.ca.calhr.um.plans.PlanFixtures.publish;
import static gov.ca.calhr.um.plans.PlanFixtures.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The audit trail of plans: who changed a plan, when, what, and through which request or event. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class PlanAuditTrailTest {

    private static final String DGS_EEO = TestTokens.token("dgs-eeo", "DGS", "eeo-officer");
    private static final String CALHR = TestTokens.token("calhr-analyst", null, "calhr-analyst");

    @BeforeEach
    void catalogIsKnown() {
        PlanFixtures.catalogIsKnown();
    }

    private static JsonPath trail(String token, String planId) {
        return as(token).queryParam("entity", "plan").queryParam("id", planId).get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyChangeOfAPlanIsRecordedWithItsActorAndItsRequestOrEvent() {
        Participant p = participant();
        String planId = draft(p, true);
        as(p.employee()).header("X-Request-Id", "portal-req-4711").body("{}")
                .post("/api/plans/" + planId + "/submission").then().statusCode(200)
                .header("X-Request-Id", equalTo("portal-req-4711"));
        take("SUPERVISOR_APPROVE", p, planId, 200);
        take("ACCEPT", p, planId, 200);
        String withdrawal = UUID.randomUUID().toString();
        publish(p.employeeId(), participantStatusChanged(withdrawal, p, "ACTIVE", "WITHDRAWN", "employee withdrew"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                trail(DGS_COORDINATOR, planId).getList("items.via", String.class).stream()
                        .anyMatch(via -> via.startsWith("event ParticipantStatusChanged")));

        JsonPath trail = trail(DGS_COORDINATOR, planId);
        List<Map<String, Object>> items = trail.getList("items");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("entity")).isEqualTo("plan");
            assertThat(item.get("entityId")).isEqualTo(planId);
            assertThat(item.get("department")).isEqualTo("DGS");
            assertThat(item.get("occurredAt")).isNotNull();
        });

        Map<String, Object> created = items.get(0);
        assertThat(created.get("action")).isEqualTo("CREATED");
        assertThat(created.get("via")).isEqualTo("POST /api/plans");
        assertThat(trail.getString("items[0].actor.subject")).isEqualTo("emp-" + p.employeeId());
        assertThat(trail.getList("items[0].actor.roles")).containsExactly("employee");
        assertThat(trail.getString("items[0].actor.department")).isEqualTo("DGS");
        assertThat(trail.getString("items[0].changes.after.status")).isEqualTo("DRAFT");

        // the submission: the plan's status before and after, the transition row, the client's request id
        List<Map<String, Object>> submission = items.stream()
                .filter(i -> "portal-req-4711".equals(i.get("requestId"))).toList();
        assertThat(submission).extracting(i -> i.get("via"))
                .containsOnly("POST /api/plans/" + planId + "/submission");
        assertThat(submission).anySatisfy(i -> {
            assertThat(i.get("action")).isEqualTo("UPDATED");
            Map<?, ?> changes = (Map<?, ?>) i.get("changes");
            assertThat(((Map<?, ?>) changes.get("before")).get("status")).isEqualTo("DRAFT");
            assertThat(((Map<?, ?>) changes.get("after")).get("status")).isEqualTo("SUBMITTED");
            assertThat(((Map<?, ?>) changes.get("after")).keySet().toString()).doesNotContain("careerObjectives");
        });
        assertThat(submission).anySatisfy(i -> {
            assertThat(i.get("action")).isEqualTo("CREATED");
            assertThat(((Map<?, ?>) ((Map<?, ?>) i.get("changes")).get("after")).get("toStatus"))
                    .isEqualTo("SUBMITTED");
        });

        // the coordinator's acceptance, by the coordinator
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("via")).isEqualTo("POST /api/plans/" + planId + "/acceptance");
            assertThat(((Map<?, ?>) i.get("actor")).get("subject")).isEqualTo("dgs-coordinator");
            assertThat(((Map<?, ?>) i.get("actor")).get("roles")).isEqualTo(List.of("um-coordinator"));
        });

        // the closing, through participants-service's event
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("via")).isEqualTo("event ParticipantStatusChanged " + withdrawal);
            assertThat(i.get("requestId")).isEqualTo(withdrawal);
            assertThat(((Map<?, ?>) i.get("actor")).get("subject")).isEqualTo("/upward-mobility/participants-service");
            assertThat(((Map<?, ?>) ((Map<?, ?>) i.get("changes")).get("after")).get("status")).isEqualTo("CLOSED");
        });

        // oldest first, numbered in order
        List<Long> ids = trail.getList("items.auditId", Long.class);
        assertThat(ids).isSorted();
        assertThat(trail.getLong("total")).isEqualTo(items.size());
    }

    @Test
    void aRefusedStepLeavesNoTrace() {
        Participant p = participant();
        String planId = draft(p, true);
        int before = trail(DGS_COORDINATOR, planId).getInt("total");
        take("ACCEPT", p, planId, 409);
        as(p.employee()).body(Map.of("type", "NO_SUCH_TYPE", "title", "x", "plannedStart", "2026-12-01"))
                .post("/api/plans/" + planId + "/activities").then().statusCode(400);
        assertThat(trail(DGS_COORDINATOR, planId).getInt("total")).isEqualTo(before);
    }

    @Test
    void onlyTheDepartmentsCoordinatorAndEeoOfficerReadAPlansTrail() {
        Participant p = participant();
        String planId = draft(p, false);
        trail(DGS_EEO, planId);
        for (String outsider : List.of(EDD_COORDINATOR,
                TestTokens.token("edd-eeo", "EDD", "eeo-officer"),
                TestTokens.token("no-department", null, "um-coordinator"))) {
            as(outsider).queryParam("entity", "plan").queryParam("id", planId).get("/api/audit").then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
        // CalHR reads reports and goals, not department records
        for (String notAllowed : List.of(p.employee(), p.supervisor(), PlanFixtures.DGS_HR, CALHR)) {
            as(notAllowed).queryParam("entity", "plan").queryParam("id", planId).get("/api/audit").then()
                    .statusCode(403);
        }
    }

    @Test
    void theQueryNamesWhatIsWrong() {
        as(DGS_COORDINATOR).queryParam("id", "x").get("/api/audit").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("entity"))
                .body("detail", containsString("plan"));
        as(DGS_COORDINATOR).queryParam("entity", "participant_view").queryParam("id", "x").get("/api/audit").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("entity"))
                .body("detail", containsString("not audited here"));
        as(DGS_COORDINATOR).queryParam("entity", "plan").get("/api/audit").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        as(DGS_COORDINATOR).queryParam("entity", "plan").queryParam("id", UUID.randomUUID()).get("/api/audit").then()
                .statusCode(404);
        as(DGS_COORDINATOR).queryParam("entity", "plan").queryParam("id", "a\u0000b").get("/api/audit").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        as(DGS_COORDINATOR).queryParam("entity", "plan").queryParam("id", "x".repeat(201)).get("/api/audit").then()
                .statusCode(400);
        as(DGS_COORDINATOR).queryParam("entity", "plan").queryParam("id", "x").queryParam("page", 50_000_000)
                .get("/api/audit").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }
}
