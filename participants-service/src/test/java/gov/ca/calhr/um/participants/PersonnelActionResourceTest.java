package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.stack.TestTokens;
import gov.ca.calhr.um.stack.TopicReader;
import gov.ca.calhr.um.stack.TopicWriter;
import gov.ca.calhr.um.stack.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class PersonnelActionResourceTest {

    private static final String HR_SYSTEM = TestTokens.token("service-account-hr-system", null, "hr-system");
    private static final String DGS_COORDINATOR = TestTokens.token("dgs-coordinator", "DGS", "um-coordinator");
    private static final String EDD_COORDINATOR = TestTokens.token("edd-coordinator", "EDD", "um-coordinator");
    private static final String DGS_HR = TestTokens.token("dgs-hr", "DGS", "hr");

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static boolean catalogKnown;

    /**
     * Plays classification-service: publishes the catalog entries these tests use, once. (In a
     * {@code @BeforeEach}: REST Assured knows the test port only then.)
     */
    @BeforeEach
    void catalogIsKnown() {
        if (catalogKnown) {
            return;
        }
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("classification.classification.v1", "1139", classificationUpserted("1139", "CA46",
                    "Office Technician (Typing)", "LPEL"));
            writer.send("classification.classification.v1", "5157", classificationUpserted("5157", "JY20",
                    "Staff Services Analyst (General)", "ELTPA"));
        }
        given().auth().oauth2(DGS_COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("coordinatorName", "Pat Coordinator", "coordinatorEmail", "um@dgs.ca.gov",
                        "coordinatorPhone", "916-555-0100"))
                .put("/api/departments/DGS/program-settings").then().statusCode(200);
        // the read model is fed asynchronously: wait until an appointment to 1139 is accepted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                        .body(appointment("probe-" + UUID.randomUUID(), "E-PROBE", "DGS", "5157"))
                        .post("/api/personnel-actions").statusCode() == 202);
        catalogKnown = true;
    }

    static String classificationUpserted(String code, String schematic, String title, String category) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/classification-service",
                 "type":"ClassificationUpserted","eventversion":1,"subject":"%s","time":"2026-11-23T10:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"classCode":"%s","schematicCode":"%s","title":"%s","salaryMin":3000,"salaryMax":4000,
                         "occupationalGroup":null,"umCategory":"%s"}}"""
                .formatted(UUID.randomUUID(), code, code, schematic, title, category);
        EventContracts.assertConforms(event);
        return event;
    }

    static Map<String, Object> appointment(String actionId, String employeeId, String department, String toClass) {
        Map<String, Object> action = new HashMap<>();
        action.put("actionId", actionId);
        action.put("employeeId", employeeId);
        action.put("department", department);
        action.put("positionNumber", "307-110-1139-001");
        action.put("toClassCode", toClass);
        action.put("transactionCode", "A01");
        action.put("effectiveDate", "2025-09-01");
        action.put("employee", Map.of("name", "Alex Rivera", "email", "alex.rivera@dgs.ca.gov",
                "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        return action;
    }

    @Test
    void lpelAppointmentIssuesOneWelcomeNoticeAndAnnouncesIt() {
        String employeeId = "E-" + UUID.randomUUID();
        String actionId = "A-" + UUID.randomUUID();
        String employee = TestTokens.tokenFor("emp", "DGS", employeeId, "employee");
        try (TopicReader notices = new TopicReader(bootstrap(), "participants.notice.v1");
             TopicReader actions = new TopicReader(bootstrap(), "participants.employee.v1")) {
            String noticeId = given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(appointment(actionId, employeeId, "DGS", "1139"))
                    .post("/api/personnel-actions").then()
                    .statusCode(202)
                    .body("duplicate", equalTo(false))
                    .body("welcomeNoticeId", notNullValue())
                    .extract().path("welcomeNoticeId");

            // the same action again: same outcome, nothing new
            given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                    .body(appointment(actionId, employeeId, "DGS", "1139"))
                    .post("/api/personnel-actions").then()
                    .statusCode(200)
                    .body("duplicate", equalTo(true))
                    .body("welcomeNoticeId", equalTo(noticeId));

            given().auth().oauth2(employee).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].noticeId", equalTo(noticeId))
                    .body("[0].coordinator.email", equalTo("um@dgs.ca.gov"))
                    .body("[0].criteria", startsWith("You hold a low-paying entry-level"));
            given().auth().oauth2(DGS_HR).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(200).body("$", hasSize(1));
            given().auth().oauth2(EDD_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(404);
            given().auth().oauth2(TestTokens.tokenFor("other", "DGS", "E-OTHER", "employee"))
                    .get("/api/notices?employeeId=" + employeeId).then()
                    .statusCode(404);

            ConsumerRecord<String, String> issued = notices.awaitRecord(r -> employeeId.equals(r.key()),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(issued.value());
            ConsumerRecord<String, String> applied = actions.awaitRecord(r -> employeeId.equals(r.key()),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(applied.value());
            assertThat(applied.value()).contains("\"lpelEligible\":true");
            assertThat(actions.seen(r -> employeeId.equals(r.key()))).hasSize(1);
            assertThat(notices.seen(r -> employeeId.equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void eltpaAppointmentIssuesNoNotice() {
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment("A-" + UUID.randomUUID(), employeeId, "DGS", "5157"))
                .post("/api/personnel-actions").then()
                .statusCode(202)
                .body("welcomeNoticeId", nullValue());
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void sameActionIdWithOtherContentIsAConflict() {
        String actionId = "A-" + UUID.randomUUID();
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment(actionId, employeeId, "DGS", "1139"))
                .post("/api/personnel-actions").then().statusCode(202);
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment(actionId, employeeId, "DGS", "5157"))
                .post("/api/personnel-actions").then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownClassIsRejectedWithNothingWritten() {
        String employeeId = "E-" + UUID.randomUUID();
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                .body(appointment("A-" + UUID.randomUUID(), employeeId, "DGS", "9998"))
                .post("/api/personnel-actions").then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("toClassCode"));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(404);
    }

    @Test
    void malformedActionsNameTheField() {
        Map<String, Object> action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "1139");
        action.remove("effectiveDate");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("effectiveDate"));

        action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "113");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .body("violations.field", hasItem("toClassCode"));

        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body("{\"actionId\": [")
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));

        action = appointment("A-" + UUID.randomUUID(), "E-1", "DGS", "1139");
        action.put("effectiveDate", "next tuesday");
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("effectiveDate"));
    }

    @Test
    void onlyHrSystemsPostActions() {
        given().contentType(ContentType.JSON).body(appointment("A-x", "E-1", "DGS", "1139"))
                .post("/api/personnel-actions").then().statusCode(401);
        given().auth().oauth2(DGS_HR).contentType(ContentType.JSON).body(appointment("A-x", "E-1", "DGS", "1139"))
                .post("/api/personnel-actions").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
