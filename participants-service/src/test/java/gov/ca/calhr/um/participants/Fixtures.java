package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the participants tests share: tokens, the catalog they use, request builders. */
final class Fixtures {

    static final String HR_SYSTEM = TestTokens.token("service-account-hr-system", null, "hr-system");
    static final String DGS_COORDINATOR = TestTokens.token("dgs-coordinator", "DGS", "um-coordinator");
    static final String EDD_COORDINATOR = TestTokens.token("edd-coordinator", "EDD", "um-coordinator");
    static final String DGS_HR = TestTokens.token("dgs-hr", "DGS", "hr");

    /** Office Technician (Typing): LPEL. */
    static final String OFFICE_TECHNICIAN = "1139";
    /** Staff Services Analyst (General): ELTPA. */
    static final String ANALYST = "5157";
    /** Office Services Supervisor I: the next step in the office series, neither LPEL nor ELTPA. */
    static final String OFFICE_SUPERVISOR = "1150";
    /** Management Services Technician: bridging. */
    static final String SERVICES_TECHNICIAN = "5278";

    private static boolean catalogKnown;

    private Fixtures() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /**
     * Plays classification-service and reporting-service: publishes the catalog entries the tests
     * use and DGS's program (its coordinator), once per test JVM. Call it from a
     * {@code @BeforeEach}: REST Assured knows the test port only then.
     */
    static synchronized void catalogIsKnown() {
        if (catalogKnown) {
            return;
        }
        Map<String, String[]> catalog = Map.of(
                OFFICE_TECHNICIAN, new String[]{"CA46", "Office Technician (Typing)", "LPEL"},
                ANALYST, new String[]{"JY20", "Staff Services Analyst (General)", "ELTPA"},
                OFFICE_SUPERVISOR, new String[]{"CA50", "Office Services Supervisor I (General)", "NONE"},
                SERVICES_TECHNICIAN, new String[]{"JY40", "Management Services Technician", "BRIDGING"});
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            catalog.forEach((code, c) -> writer.send("classification.classification.v1", code,
                    classificationUpserted(code, c[0], c[1], c[2])));
        }
        // plays reporting-service too: DGS's coordinator, as its program announces them
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("reporting.program.v1", "DGS", TestEvents.departmentProgramChanged("DGS", "Pat Coordinator",
                    "um@dgs.ca.gov", "916-555-0100"));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "um@dgs.ca.gov".equals(given().auth().oauth2(DGS_COORDINATOR)
                        .get("/api/departments/DGS/program-settings").path("coordinatorEmail")));
        // the read model is fed asynchronously: wait until an appointment to each class is accepted
        for (String code : List.of(OFFICE_TECHNICIAN, ANALYST, OFFICE_SUPERVISOR, SERVICES_TECHNICIAN)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                    given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON)
                            .body(appointment("probe-" + UUID.randomUUID(), "E-PROBE-" + code, "DGS", code))
                            .post("/api/personnel-actions").statusCode() == 202);
        }
        catalogKnown = true;
    }

    static String classificationUpserted(String code, String schematic, String title, String category) {
        return TestEvents.classificationUpserted(code, schematic, title, category);
    }

    /** A new employee's appointment, effective 2025-09-01. */
    static Map<String, Object> appointment(String actionId, String employeeId, String department, String toClass) {
        Map<String, Object> action = action(actionId, "APPOINTMENT", employeeId, department, toClass, "2025-09-01");
        action.put("employee", Map.of("name", "Alex Rivera", "email", "alex.rivera@dgs.ca.gov",
                "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        return action;
    }

    /** An action without employee details; {@code toClass} may be null. */
    static Map<String, Object> action(String actionId, String type, String employeeId, String department,
                                      String toClass, String effectiveDate) {
        Map<String, Object> action = new HashMap<>();
        action.put("actionId", actionId);
        action.put("actionType", type);
        action.put("employeeId", employeeId);
        action.put("department", department);
        action.put("positionNumber", "307-110-" + (toClass == null ? "0000" : toClass) + "-001");
        if (toClass != null) {
            action.put("toClassCode", toClass);
        }
        action.put("transactionCode", switch (type) {
            case "APPOINTMENT" -> "A01";
            case "PROMOTION" -> "P01";
            case "TRANSFER" -> "A02";
            case "DEMOTION" -> "D01";
            case "SEPARATION" -> "S01";
            default -> "T01";
        });
        action.put("effectiveDate", effectiveDate);
        return action;
    }

    static int post(Map<String, Object> action) {
        return given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(action)
                .post("/api/personnel-actions").statusCode();
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
