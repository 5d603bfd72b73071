package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Plays classification-service and participants-service for the plans tests; builds plans in any state. */
final class PlanFixtures {

    static final String ANALYST = "5157";
    static final String OFFICE_SUPERVISOR = "1150";
    static final String DGS_COORDINATOR = TestTokens.token("dgs-coordinator", "DGS", "um-coordinator");
    static final String EDD_COORDINATOR = TestTokens.token("edd-coordinator", "EDD", "um-coordinator");
    static final String DGS_HR = TestTokens.token("dgs-hr", "DGS", "hr");

    /** A participant of DGS, their supervisor, and tokens for both. */
    record Participant(String participantId, String employeeId, String supervisorId, String employee,
                       String supervisor) {
    }

    private static boolean catalogKnown;

    private PlanFixtures() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static synchronized void catalogIsKnown() {
        if (catalogKnown) {
            return;
        }
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("classification.classification.v1", ANALYST,
                    classificationUpserted(ANALYST, "JY20", "Staff Services Analyst (General)", "ELTPA"));
            writer.send("classification.classification.v1", OFFICE_SUPERVISOR,
                    classificationUpserted(OFFICE_SUPERVISOR, "CA50", "Office Services Supervisor I", "NONE"));
        }
        catalogKnown = true;
    }

    static String classificationUpserted(String code, String schematic, String title, String category) {
        return TestEvents.classificationUpserted(code, schematic, title, category);
    }

    static String participantStatusChanged(String eventId, Participant p, String previous, String status,
                                           String reason) {
        return participantStatusChanged(eventId, p, previous, status, reason, false);
    }

    /** {@code followsPlan}: participants-service made the change because the plan changed. */
    static String participantStatusChanged(String eventId, Participant p, String previous, String status,
                                           String reason, boolean followsPlan) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/participants-service",
                 "type":"ParticipantStatusChanged","eventversion":1,"subject":"%s","time":"2026-11-23T10:00:00Z",
                 "department":"DGS","datacontenttype":"application/json",
                 "data":{"participantId":"%s","employeeId":"%s","department":"DGS","supervisorId":"%s",
                         "applicationId":"%s","targetClassCode":"5157","previousStatus":%s,"status":"%s",
                         "reason":%s,"effectiveDate":"2026-11-23","followsPlan":%s}}"""
                .formatted(eventId, p.employeeId(), p.participantId(), p.employeeId(), p.supervisorId(),
                        UUID.randomUUID(),
                        previous == null ? "null" : "\"" + previous + "\"", status,
                        reason == null ? "null" : "\"" + reason + "\"", followsPlan);
        EventContracts.assertConforms(event);
        return event;
    }

    static void publish(String key, String event) {
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("participants.participant.v1", key, event);
        }
    }

    /** A new DGS participant, selected in participants-service (an event this service has consumed). */
    static Participant participant() {
        String employeeId = "E-" + UUID.randomUUID();
        String supervisorId = "S-" + UUID.randomUUID();
        Participant p = new Participant(UUID.randomUUID().toString(), employeeId, supervisorId,
                TestTokens.tokenFor("emp-" + employeeId, "DGS", employeeId, "employee"),
                TestTokens.tokenFor("sup-" + supervisorId, "DGS", supervisorId, "employee", "supervisor"));
        publish(employeeId, participantStatusChanged(UUID.randomUUID().toString(), p, null, "ACTIVE", "selected"));
        return p;
    }

    /** Starts the participant's draft plan once the participant is known here; returns its id. */
    static String draft(Participant p, boolean complete) {
        Map<String, Object> body = new HashMap<>();
        body.put("supervisorId", p.supervisorId());
        body.put("careerObjectives", "Qualify for Staff Services Analyst through analytical assignments");
        body.put("targetClassCode", ANALYST);
        if (complete) {
            body.put("targetDate", "2028-07-01");
        }
        String[] planId = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var response = as(p.employee()).body(body).post("/api/plans");
            planId[0] = response.statusCode() == 201 ? response.path("planId") : null;
            return planId[0] != null;
        });
        if (complete) {
            activity(p.employee(), planId[0]);
        }
        return planId[0];
    }

    static String activity(String token, String planId) {
        return as(token).body(Map.of("type", "CAREER_COUNSELING", "title", "Career counseling with the coordinator",
                        "plannedStart", "2026-12-01"))
                .post("/api/plans/" + planId + "/activities").then().statusCode(201)
                .extract().path("activityId");
    }

    /** The token of whoever takes {@code step} on a plan, the step's path and a body that satisfies it. */
    static String[] step(String step, Participant p) {
        return switch (step) {
            case "SUBMIT" -> new String[]{p.employee(), "submission", "{}"};
            case "SUPERVISOR_APPROVE" -> new String[]{p.supervisor(), "supervisor-approval", "{}"};
            case "SUPERVISOR_RETURN" -> new String[]{p.supervisor(), "supervisor-return",
                    "{\"reason\":\"add a mentoring activity\"}"};
            case "ACCEPT" -> new String[]{DGS_COORDINATOR, "acceptance", "{}"};
            case "COORDINATOR_RETURN" -> new String[]{DGS_COORDINATOR, "coordinator-return",
                    "{\"reason\":\"timetable too vague\",\"missingItems\":[\"quarterly milestones\"]}"};
            case "SUSPEND" -> new String[]{DGS_COORDINATOR, "suspension",
                    "{\"reason\":\"failed the required course\",\"ground\":\"TRAINING_OR_ACADEMIC_STANDING\"}"};
            case "REINSTATE" -> new String[]{DGS_COORDINATOR, "reinstatement", "{\"reason\":\"course passed\"}"};
            default -> throw new IllegalArgumentException(step);
        };
    }

    static void take(String step, Participant p, String planId, int expectedStatus) {
        String[] s = step(step, p);
        as(s[0]).body(s[2]).post("/api/plans/" + planId + "/" + s[1]).then().statusCode(expectedStatus);
    }
}
