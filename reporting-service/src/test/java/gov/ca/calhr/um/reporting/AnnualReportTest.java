package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The annual report from events, goals and their review, submission and CalHR's feedback. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
class AnnualReportTest {

    private static final String CALHR = TestTokens.token("calhr-analyst", "CALHR", "calhr-analyst");

    /** A department of its own per test: counts start at zero. */
    private static String department() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private static String coordinator(String department) {
        return TestTokens.token("coord-" + department, department, "um-coordinator");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String event(String id, String source, String type, String subject, String department,
                                String time, String data) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/%s","type":"%s","eventversion":1,
                 "subject":"%s","time":"%s","department":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(id, source, type, subject, time, department, data);
        EventContracts.assertConforms(event);
        return event;
    }

    private static void send(String topic, String key, String... events) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            for (String e : events) {
                writer.send(topic, key, e);
            }
        }
    }

    private static String appointment(String department, String toClass, String date, boolean participant) {
        return appointment(department, toClass, date, participant, "A-" + UUID.randomUUID());
    }

    /** An employee's facts with one UM appointment; the employee is named after the action, so a resend is the same. */
    private static String appointment(String department, String toClass, String date, boolean participant,
                                      String actionId) {
        return TestEvents.employeeFactsChanged(UUID.randomUUID().toString(), "E-" + actionId, department, 1,
                List.of(), List.of(TestEvents.umAppointment(actionId, department, "1139", toClass, date, participant)));
    }

    private static String participant(String department, String status) {
        return participant(department, status, UUID.randomUUID().toString());
    }

    private static String participant(String department, String status, String participantId) {
        return participant(department, participantId, null, status, "2025-10-01", "2026-11-23T10:00:00Z");
    }

    /** A participant's change of status, effective on {@code date}, announced at {@code time}. */
    private static String participant(String department, String participantId, String previousStatus, String status,
                                       String date, String time) {
        String employee = "E-" + participantId;
        return event(UUID.randomUUID().toString(), "participants-service", "ParticipantStatusChanged", employee,
                department, time, """
                        {"participantId":"%s","employeeId":"%s","department":"%s","supervisorId":null,
                         "applicationId":"%s",
                         "targetClassCode":"5157","previousStatus":%s,"status":"%s","reason":null,
                         "effectiveDate":"%s"}"""
                        .formatted(participantId, employee, department, UUID.nameUUIDFromBytes(participantId.getBytes()),
                                previousStatus == null ? "null" : "\"" + previousStatus + "\"", status, date));
    }

    private static String umClasses(String department, List<String> codes, String time) {
        return event(UUID.randomUUID().toString(), "classification-service", "DepartmentUmClassesChanged", department,
                department, time, """
                        {"department":"%s","umClassCodes":[%s],"bridgingClassCodes":[]}"""
                        .formatted(department, String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList())));
    }

    private static String plan(String department, String participantId, String status, String targetDate) {
        return event(UUID.randomUUID().toString(), "plans-service", "PlanStatusChanged", "E-1", department,
                "2026-11-23T10:00:00Z", """
                        {"planId":"%s","participantId":"%s","employeeId":"E-1","department":"%s",
                         "targetClassCode":"5157","targetDate":"%s","previousStatus":null,"status":"%s","reason":null}"""
                        .formatted(UUID.randomUUID(), participantId, department, targetDate, status));
    }

    private static String tdAssignment(String assignmentId, String department, String end, String fraction) {
        return event(UUID.randomUUID().toString(), "plans-service", "TdAssignmentRecorded", "E-1", department,
                "2026-11-23T10:00:00Z", """
                        {"assignmentId":"%s","planId":"%s","employeeId":"E-1","department":"%s",
                         "startDate":"2026-01-01","endDate":"%s","timeBaseFraction":%s,"status":"AGREED"}"""
                        .formatted(assignmentId, UUID.randomUUID(), department, end, fraction));
    }

    private static String spend(String eventId, String activityId, String department, String category, String amount,
                                String time) {
        return event(eventId, "plans-service", "TrainingSpendRecorded", activityId, department, time, """
                {"activityId":"%s","planId":"%s","department":"%s","fiscalYear":"2025-26",
                 "trainingCategory":"%s","activityType":"TRAINING_COURSE","amount":%s,"startDate":"2025-10-01"}"""
                .formatted(activityId, UUID.randomUUID(), department, category, amount));
    }

    private static String eligible(String department) {
        return TestEvents.employeeFactsChanged(UUID.randomUUID().toString(), "E-" + UUID.randomUUID(), department, 1,
                List.of(TestEvents.period(department, "1139", "2025-09-01", null)), List.of());
    }

    private static void goals(String department, String fiscalYear, int expected, boolean approve) {
        String coordinator = coordinator(department);
        as(coordinator).body(Map.of("goals", List.of(Map.of("classCode", "5157", "expectedAppointments", expected,
                        "timetable", "one by December, the rest by June"))))
                .put("/api/departments/" + department + "/goals/" + fiscalYear).then().statusCode(200);
        as(coordinator).post("/api/departments/" + department + "/goals/" + fiscalYear + "/submission").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        if (approve) {
            as(CALHR).body("{}").post("/api/departments/" + department + "/goals/" + fiscalYear + "/approval")
                    .then().statusCode(200).body("status", equalTo("APPROVED"));
        }
    }

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.catalogIsKnown();
    }

    @Test
    void theReportCountsWhatTheEventsSaid() {
        String d = department();
        String coordinator = coordinator(d);
        as(coordinator).body(Map.of("coordinatorName", "Robin Coordinator", "coordinatorEmail", "um@t.ca.gov",
                        "policyStatement", "We support upward mobility."))
                .put("/api/departments/" + d + "/program").then().statusCode(200);
        // what the department stated for 2025-26; another year's statement is not this year's
        as(coordinator).body(Map.of("trainingBudget", 1000, "assignedToUm", 300))
                .put("/api/departments/" + d + "/program-years/2025-26").then().statusCode(200)
                .body("assignedToUmPercentOfBudget", equalTo(30.0f));
        as(coordinator).body(Map.of("trainingBudget", 9000))
                .put("/api/departments/" + d + "/program-years/2024-25").then().statusCode(200);
        // classification-service keeps the department's UM classes: the list that stood at the year's end counts
        send("classification.department-um-classes.v1", d,
                umClasses(d, List.of("5142"), "2026-03-01T00:00:00Z"),
                umClasses(d, List.of("4548"), "2026-07-01T08:00:00Z"));
        goals(d, "2025-26", 3, true);
        as(coordinator).body(Map.of("actionDate", "2026-02-10", "category", "OUTREACH",
                        "description", "Career fair for LPEL employees"))
                .post("/api/departments/" + d + "/good-faith-actions").then().statusCode(201);

        String activity = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        // July 1 opens the fiscal year, June 30 closes it; one appointment delivered twice, and announced
        // again under another event id, counts once
        String firstDay = appointment(d, "5157", "2025-07-01", false, "A-FIRST-DAY-" + d);
        send("participants.employee.v1", d, eligible(d), appointment(d, "5157", "2025-10-01", true),
                firstDay, firstDay, appointment(d, "5157", "2025-07-01", false, "A-FIRST-DAY-" + d),
                appointment(d, "5157", "2026-07-01", false),
                appointment(d, "5157", "2026-06-30", false), appointment(d, "5157", "2025-06-30", false),
                appointment(d, "5142", "2022-07-01", true), appointment(d, "5157", "2022-06-30", false));
        String withdrew = UUID.randomUUID().toString();
        send("participants.participant.v1", d, participant(d, "ACTIVE"), participant(d, "ACTIVE"),
                participant(d, withdrew, "ACTIVE", "WITHDRAWN", "2025-10-01", "2026-11-23T10:00:00Z"));
        String spendEvent = spend(UUID.randomUUID().toString(), activity, d, "JOB_RELATED", "250.00",
                "2026-11-23T10:00:00Z");
        send("plans.spend.v1", d, spendEvent, spendEvent,
                // only UM and career related training (2 CCR 599.819(c)) is UM money
                spend(UUID.randomUUID().toString(), UUID.randomUUID().toString(), d,
                        "UPWARD_MOBILITY_AND_CAREER_RELATED", "120.00", "2026-11-23T10:00:00Z"),
                spend(UUID.randomUUID().toString(), cancelled, d, "JOB_REQUIRED", "100.00", "2026-11-23T10:00:00Z"),
                spend(UUID.randomUUID().toString(), cancelled, d, "JOB_REQUIRED", "0", "2026-11-23T11:00:00Z"),
                // an older event arriving late changes nothing
                spend(UUID.randomUUID().toString(), cancelled, d, "JOB_REQUIRED", "100.00", "2026-11-23T09:00:00Z"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                        .body("lpelEligibleEmployees", equalTo(1))
                        .body("participantsByStatus.ACTIVE", equalTo(2))
                        .body("participantsByStatus.WITHDRAWN", equalTo(1))
                        .body("umAppointments[0].total", equalTo(3))
                        .body("umAppointments[3].total", equalTo(1))
                        .body("spend.total", equalTo(370.0f)));
        as(CALHR).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                .body("fiscalYearStart", equalTo("2025-07-01"))
                .body("lpelClassificationsUsed", equalTo(List.of("1139")))
                .body("umClassificationsUsed", equalTo(List.of("5142", "5157")))
                .body("goals.status", equalTo("APPROVED"))
                .body("goals.lines[0].expectedAppointments", equalTo(3))
                .body("goals.lines[0].appointments", equalTo(3))
                .body("umAppointments[0].byClass[0].participants", equalTo(1))
                .body("umAppointments[0].byClass[0].otherLpel", equalTo(2))
                .body("umAppointments[1].fiscalYear", equalTo("2024-25"))
                .body("umAppointments[1].total", equalTo(1))
                .body("umAppointments[2].total", equalTo(0))
                .body("umAppointments[3].byClass[0].classCode", equalTo("5142"))
                .body("umAppointmentsByCalendarYear.year", equalTo(List.of(2022, 2023, 2024, 2025, 2026)))
                .body("umAppointmentsByCalendarYear.total", equalTo(List.of(2, 0, 0, 3, 2)))
                .body("spend.byCategory.JOB_REQUIRED", equalTo(0.0f))
                .body("spend.byCategory.JOB_RELATED", equalTo(250.0f))
                .body("spend.trainingBudget", equalTo(1000.0f))
                .body("spend.assignedToUm", equalTo(300.0f))
                .body("spend.assignedToUmPercentOfBudget", equalTo(30.0f))
                .body("spend.umSpent", equalTo(120.0f))
                .body("spend.umSpentPercentOfBudget", equalTo(12.0f))
                .body("edition.kind", equalTo("LIVE"))
                .body("goodFaithActions[0].category", equalTo("OUTREACH"))
                // the program was described after 2025-26 ended: that year's plan had nothing in place
                .body("writtenPlan.coordinatorNamed", equalTo(false))
                .body("writtenPlan.elementsMissing", hasSize(5))
                .body("submission.dueDate", equalTo("2026-06-01"))
                .body("submission.status", nullValue());
        given().auth().oauth2(coordinator).accept("text/csv").get("/api/reports/departments/" + d + "/2025-26")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("section,fiscal_year,class_code,measure,value"))
                .body(containsString("um_appointments,2025-26,5157,participants,1"))
                .body(containsString("spend,2025-26,,um_spent_percent_of_budget,12.0"))
                .body(containsString("spend,2025-26,,assigned_to_um,300.00"))
                .body(containsString("edition,2025-26,,figures,LIVE"))
                .body(containsString("good_faith_actions,2025-26,,OUTREACH,2026-02-10: Career fair for LPEL employees"));
        as(coordinator(department())).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(403);
        // the year under way shows the plan as described today
        String thisYear = gov.ca.calhr.um.commons.time.FiscalYear.of(java.time.LocalDate.now()).toString();
        as(CALHR).get("/api/reports/departments/" + d + "/" + thisYear).then().statusCode(200)
                .body("writtenPlan.coordinatorNamed", equalTo(true))
                .body("writtenPlan.elementsWritten", equalTo(List.of("policyStatement")))
                .body("writtenPlan.describedAt", org.hamcrest.Matchers.notNullValue());

        // the rows behind each figure: as many as the figure says
        String rows = "/api/reports/departments/" + d + "/2025-26/";
        as(CALHR).get(rows + "um-appointments").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.effectiveDate", equalTo(List.of("2025-07-01", "2025-10-01", "2026-06-30")))
                .body("items.participant", equalTo(List.of(false, true, false)));
        as(coordinator).get(rows + "um-appointments?page=1&size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));
        as(coordinator).get(rows + "eligible-employees").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].classCodes", equalTo("1139"))
                .body("items[0].eligibleFrom", equalTo("2025-09-01"))
                .body("items[0].eligibleUntil", nullValue());
        as(coordinator).get(rows + "participants").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.findAll { it.statusAtYearEnd == 'WITHDRAWN' }.participantId", equalTo(List.of(withdrew)));
        as(coordinator).get(rows + "spend").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.amount.sum()", equalTo(370.0d));
        given().auth().oauth2(coordinator).accept("text/csv").get(rows + "um-appointments").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + d + "-2025-26-um-appointments.csv\""))
                .body(org.hamcrest.Matchers.startsWith(
                        "employeeId,actionId,fromClassCode,toClassCode,effectiveDate,participant\r\n"))
                .body(containsString(",A-FIRST-DAY-" + d + ",1139,5157,2025-07-01,false\r\n"));
        as(coordinator(department())).get(rows + "participants").then().statusCode(403);
        as(coordinator).get(rows + "spend?size=501").then().statusCode(400).body("violations.field", hasItem("size"));
        given().auth().oauth2(CALHR).accept("text/csv").get("/api/reports/statewide/2025-26").then().statusCode(200)
                .header("Content-Disposition", containsString("statewide-2025-26-um-report.csv"))
                .body(org.hamcrest.Matchers.startsWith("department,lpelEligibleEmployees,activeParticipants,"))
                .body(containsString("\r\n" + d + ",1,2,3,1,3,APPROVED,false,\r\n"));
    }

    @Test
    void theReportPrintsAsAPageWithChartsAndAsAPdfHoldingTheSameFigures() throws Exception {
        String d = department();
        String coordinator = coordinator(d);
        goals(d, "2025-26", 3, true);
        as(coordinator).body(Map.of("actionDate", "2026-02-10", "category", "OUTREACH",
                        "description", "<script>alert(1)</script> career fair"))
                .post("/api/departments/" + d + "/good-faith-actions").then().statusCode(201);
        send("participants.employee.v1", d, appointment(d, "5157", "2025-10-01", true),
                appointment(d, "5157", "2024-10-01", false));
        String report = "/api/reports/departments/" + d + "/2025-26";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get(report).then().body("umAppointments[0].total", equalTo(1))
                        .body("umAppointments[1].total", equalTo(1)));

        String html = given().auth().oauth2(coordinator).accept("text/html").get(report).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("<title>" + d + " Upward Mobility report, fiscal year 2025-26</title>")
                .contains("Live figures as of today")
                .contains("id=\"appointments-chart\"")
                .contains("2025-26: 1 UM appointments")
                .contains("<title>goal 3</title>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; career fair")
                .doesNotContain("<script>alert(1)</script>");

        byte[] pdf = given().auth().oauth2(coordinator).accept("application/pdf").get(report).then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", containsString(d + "-2025-26-um-report.pdf"))
                .extract().asByteArray();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        org.assertj.core.api.Assertions.assertThat(text.toString())
                .contains(d + " Upward Mobility report, fiscal year 2025-26")
                .contains("LPEL employees eligible for UM")
                .contains("FY 2025-26")
                .contains("<script>alert(1)</script> career fair");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStayText() {
        String d = department();
        as(coordinator(d)).body(Map.of("actionDate", "2026-02-10", "category", "=HYPERLINK(\"http://x\")",
                        "description", "+1 outreach"))
                .post("/api/departments/" + d + "/good-faith-actions").then().statusCode(201);
        given().auth().oauth2(coordinator(d)).accept("text/csv").get("/api/reports/departments/" + d + "/2025-26")
                .then().statusCode(200)
                .header("Content-Disposition", containsString(d + "-2025-26-um-report.csv"))
                .body(containsString("good_faith_actions,2025-26,,\"'=HYPERLINK(\"\"http://x\"\")\",2026-02-10: +1 outreach"));
    }

    @Test
    void aZeroTrainingBudgetGivesNoPercentageRatherThanAnError() {
        String d = department();
        as(coordinator(d)).body(Map.of("trainingBudget", 0))
                .put("/api/departments/" + d + "/program-years/2025-26").then().statusCode(200);
        as(coordinator(d)).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                .body("spend.trainingBudget", equalTo(0.0f))
                .body("spend.umSpentPercentOfBudget", nullValue());
        given().auth().oauth2(coordinator(d)).accept("text/csv").get("/api/reports/departments/" + d + "/2025-26")
                .then().statusCode(200).body(containsString("spend,2025-26,,training_budget,0.00"));
    }

    @Test
    void goalsAreReviewedByCalhr() {
        String d = department();
        String coordinator = coordinator(d);
        goals(d, "2026-27", 2, false);
        as(coordinator).body("{}").post("/api/departments/" + d + "/goals/2026-27/approval").then().statusCode(403);
        as(CALHR).body("{}").post("/api/departments/" + d + "/goals/2026-27/return").then()
                .statusCode(400).body("violations.field", hasItem("comments"));
        as(CALHR).body(Map.of("comments", "the timetable needs quarters"))
                .post("/api/departments/" + d + "/goals/2026-27/return").then()
                .statusCode(200).body("status", equalTo("RETURNED"));
        goals(d, "2026-27", 2, true);
        as(coordinator).body(Map.of("goals", List.of()))
                .put("/api/departments/" + d + "/goals/2026-27").then()
                .statusCode(409).body("detail", containsString("APPROVED"));
        as(coordinator).body(Map.of("goals", List.of(Map.of("classCode", "51", "expectedAppointments", -1,
                        "timetable", "x"))))
                .put("/api/departments/" + d + "/goals/2027-28").then()
                .statusCode(400).body("violations.field", hasItems("goals[0].classCode", "goals[0].expectedAppointments"));
        as(coordinator).get("/api/departments/" + d + "/goals/2026").then()
                .statusCode(400).body("violations.field", hasItem("fiscalYear"));
        as(coordinator(department())).get("/api/departments/" + d + "/goals/2026-27").then().statusCode(403);
    }

    @Test
    void goalsMissedTwoYearsRunningRequireAnExplanationBeforeSubmission() {
        String d = department();
        String coordinator = coordinator(d);
        goals(d, "2023-24", 2, true);
        goals(d, "2024-25", 1, true);
        as(coordinator).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                .body("goalsMissedTwoYearsRunning", equalTo(true))
                .body("lastYearGoalsVersusActuals.lines[0].met", equalTo(false));
        as(coordinator).body("{}").post("/api/reports/departments/" + d + "/2025-26/submission").then()
                .statusCode(422)
                .body("violations.field", hasItems("explanation", "twoYearPlan"));
        as(coordinator).body(Map.of("explanation", "two analysts retired; hiring froze",
                        "twoYearPlan", "bridging classes for six LPEL employees in 2026-27 and 2027-28"))
                .post("/api/reports/departments/" + d + "/2025-26/submission").then()
                .statusCode(200).body("submission.status", equalTo("SUBMITTED"));
        as(coordinator).body(Map.of("explanation", "x", "twoYearPlan", "y"))
                .post("/api/reports/departments/" + d + "/2025-26/submission").then().statusCode(409);
        as(CALHR).body(Map.of("accepted", false, "comments", "name the bridging classes"))
                .post("/api/reports/departments/" + d + "/2025-26/feedback").then()
                .statusCode(200).body("submission.status", equalTo("RETURNED"))
                .body("submission.feedback", equalTo("name the bridging classes"));
        as(coordinator).body(Map.of("explanation", "two analysts retired",
                        "twoYearPlan", "Management Services Technician bridging for six employees"))
                .post("/api/reports/departments/" + d + "/2025-26/submission").then().statusCode(200);
        as(CALHR).body(Map.of("accepted", true))
                .post("/api/reports/departments/" + d + "/2025-26/feedback").then()
                .statusCode(200).body("submission.status", equalTo("ACCEPTED"));

        // a department that met its goals submits without an explanation
        String other = department();
        goals(other, "2024-25", 0, true);
        as(coordinator(other)).body("{}").post("/api/reports/departments/" + other + "/2025-26/submission").then()
                .statusCode(200).body("goalsMissedTwoYearsRunning", equalTo(false));
    }

    @Test
    void aNewCoordinatorContactIsAnnounced() {
        String d = department();
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader events = new TopicReader(bootstrap, "reporting.program.v1")) {
            as(coordinator(d)).body(Map.of("coordinatorName", "Sam Coordinator", "coordinatorEmail", "sam@t.ca.gov"))
                    .put("/api/departments/" + d + "/program").then().statusCode(200);
            EventContracts.assertConforms(events.awaitRecord(r -> d.equals(r.key()), Duration.ofSeconds(30)).value());
        }
        as(CALHR).get("/api/departments/" + d + "/program").then().statusCode(200)
                .body("coordinatorEmail", equalTo("sam@t.ca.gov"));
        as(coordinator(d)).body(Map.of("coordinatorName", "Sam", "coordinatorEmail", "not-an-email"))
                .put("/api/departments/" + d + "/program").then()
                .statusCode(400).body("violations.field", hasItem("coordinatorEmail"));
    }

    @Test
    void theRecommendationShowsItsWorking() {
        String d = department();
        String coordinator = coordinator(d);
        send("participants.employee.v1", d, appointment(d, "5157", "2022-09-01", false),
                appointment(d, "5157", "2023-09-01", false), appointment(d, "5157", "2023-10-01", true),
                appointment(d, "5157", "2024-09-01", false), appointment(d, "5157", "2024-10-01", false),
                appointment(d, "5157", "2025-02-01", false));
        List<String> due = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (String p : due) {
            send("participants.participant.v1", d, participant(d, "ACTIVE", p));
        }
        send("plans.plan.v1", d, plan(d, due.get(0), "ACTIVE", "2026-03-01"), plan(d, due.get(1), "ACTIVE", "2026-06-30"),
                plan(d, due.get(2), "SUSPENDED", "2025-07-01"), plan(d, due.get(3), "ACTIVE", "2026-07-01"));
        as(coordinator).body(Map.of("openings", Map.of("5157", 2)))
                .put("/api/departments/" + d + "/goals/2025-26/anticipated-openings").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get("/api/departments/" + d + "/goals/2025-26/recommendation").then()
                        .statusCode(200)
                        .body("classes[0].classCode", equalTo("5157"))
                        .body("classes[0].history.appointments", equalTo(List.of(1, 2, 3)))
                        .body("classes[0].averagePerYear", equalTo(2.0f))
                        .body("classes[0].participantsDueInYear", equalTo(3))
                        .body("classes[0].anticipatedOpenings", equalTo(2))
                        .body("classes[0].suggestedGoal", equalTo(2))
                        .body("classes[0].working", containsString("limited to the 2 anticipated opening(s)")));
        as(coordinator(department())).get("/api/departments/" + d + "/goals/2025-26/recommendation").then()
                .statusCode(403);
    }

    @Test
    void theComplianceCheckNamesWhatIsMissing() {
        String d = department();
        String coordinator = coordinator(d);
        String participantId = UUID.randomUUID().toString();
        String overLimit = UUID.randomUUID().toString();
        send("participants.participant.v1", d, participant(d, "ACTIVE", participantId));
        send("plans.td-assignment.v1", d, tdAssignment(overLimit, d, "2028-01-01", "1"),
                tdAssignment(UUID.randomUUID().toString(), d, "2027-12-31", "1"),
                tdAssignment(UUID.randomUUID().toString(), d, "2029-12-31", "0.5"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get("/api/departments/" + d + "/compliance").then().statusCode(200)
                        .body("compliant", equalTo(false))
                        .body("findings.code", hasItems("NO_COORDINATOR", "NO_WRITTEN_PLAN",
                                "PARTICIPANTS_WITHOUT_ACCEPTED_CDP", "TD_ASSIGNMENT_OVER_LIMIT"))
                        .body("findings.find { it.code == 'TD_ASSIGNMENT_OVER_LIMIT' }.items",
                                equalTo(List.of(overLimit)))
                        .body("findings.find { it.code == 'PARTICIPANTS_WITHOUT_ACCEPTED_CDP' }.items",
                                equalTo(List.of(participantId))));
        as(coordinator).body(Map.of("coordinatorName", "Robin", "coordinatorEmail", "um@t.ca.gov",
                        "policyStatement", "p", "componentsOffered", "c", "howToAccess", "h",
                        "selectionCriteria", "s", "rolesResponsibilities", "r"))
                .put("/api/departments/" + d + "/program").then().statusCode(200);
        send("plans.plan.v1", d, plan(d, participantId, "ACTIVE", "2027-06-01"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(CALHR).get("/api/departments/" + d + "/compliance").then().statusCode(200)
                        // the last report due (this department never submitted one) is overdue
                        .body("findings.code", equalTo(List.of("TD_ASSIGNMENT_OVER_LIMIT", "REPORT_OVERDUE"))));
    }

    @Test
    void calhrSeesEveryDepartmentAndWhoIsBehind() {
        String behind = department();
        String onTrack = department();
        goals(behind, "2025-26", 2, true);
        goals(onTrack, "2025-26", 1, true);
        send("participants.employee.v1", onTrack, appointment(onTrack, "5157", "2025-12-01", true));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator(onTrack)).get("/api/reports/departments/" + onTrack + "/2025-26").then()
                        .body("umAppointments[0].total", equalTo(1)));
        as(coordinator(onTrack)).body("{}").post("/api/reports/departments/" + onTrack + "/2025-26/submission")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(CALHR).get("/api/reports/statewide/2025-26").then().statusCode(200)
                        .body("departments.department", hasItems(behind, onTrack))
                        .body("belowGoal", hasItem(behind))
                        .body("belowGoal", not(hasItem(onTrack)))
                        .body("notSubmitted", hasItem(behind))
                        .body("notSubmitted", not(hasItem(onTrack)))
                        .body("departments.find { it.department == '" + onTrack + "' }.umAppointmentsOfParticipants",
                                equalTo(1)));
        as(coordinator(behind)).get("/api/reports/statewide/2025-26").then().statusCode(403);
    }

    @Test
    void participantsAreThoseOfTheFiscalYearCountedByTheirStatusAtItsEnd() {
        String d = department();
        String p1 = UUID.randomUUID().toString();
        String p2 = UUID.randomUUID().toString();
        String p3 = UUID.randomUUID().toString();
        String p4 = UUID.randomUUID().toString();
        String p5 = UUID.randomUUID().toString();
        String p6 = UUID.randomUUID().toString();
        // out of arrival order; each event's time says which was announced last
        send("participants.participant.v1", d,
                // withdrew in the year before 2025-26
                participant(d, p1, "ACTIVE", "WITHDRAWN", "2025-03-01", "2026-01-02T10:00:00Z"),
                participant(d, p1, null, "ACTIVE", "2024-09-01", "2026-01-01T10:00:00Z"),
                // withdrew on the last day of 2025-26
                participant(d, p2, "ACTIVE", "WITHDRAWN", "2026-06-30", "2026-01-02T10:00:00Z"),
                participant(d, p2, null, "ACTIVE", "2024-09-01", "2026-01-01T10:00:00Z"),
                // joined on the first day of 2026-27, and on the first day of 2025-26
                participant(d, p3, null, "ACTIVE", "2026-07-01", "2026-01-01T10:00:00Z"),
                participant(d, p4, null, "ACTIVE", "2025-07-01", "2026-01-01T10:00:00Z"),
                // separated, then the separation was cancelled: active again from the start
                participant(d, p5, "SEPARATED", "ACTIVE", "2025-08-01", "2026-01-03T10:00:00Z"),
                participant(d, p5, null, "ACTIVE", "2025-08-01", "2026-01-01T10:00:00Z"),
                participant(d, p5, "ACTIVE", "SEPARATED", "2026-01-15", "2026-01-02T10:00:00Z"),
                // withdrew as 2025-26 began: a participant of 2024-25 only
                participant(d, p6, null, "ACTIVE", "2025-01-01", "2026-01-01T10:00:00Z"),
                participant(d, p6, "ACTIVE", "WITHDRAWN", "2025-07-01", "2026-01-02T10:00:00Z"));
        String coordinator = coordinator(d);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                        .body("participantsByStatus.ACTIVE", equalTo(2))
                        .body("participantsByStatus.WITHDRAWN", equalTo(1))
                        .body("participantsByStatus.SEPARATED", equalTo(0)));
        as(coordinator).get("/api/reports/departments/" + d + "/2024-25").then().statusCode(200)
                .body("participantsByStatus.ACTIVE", equalTo(2))
                .body("participantsByStatus.WITHDRAWN", equalTo(1));
        as(coordinator).get("/api/reports/departments/" + d + "/2026-27").then().statusCode(200)
                .body("participantsByStatus.ACTIVE", equalTo(3))
                .body("participantsByStatus.WITHDRAWN", equalTo(0));
        as(CALHR).get("/api/reports/statewide/2025-26").then().statusCode(200)
                .body("departments.find { it.department == '" + d + "' }.activeParticipants", equalTo(2));
    }

    @Test
    void theSubmittedReportIsFrozenAndEveryVersionIsKept() {
        String d = department();
        String coordinator = coordinator(d);
        String report = "/api/reports/departments/" + d + "/2025-26";
        send("participants.employee.v1", d, appointment(d, "5157", "2025-10-01", false));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get(report).then().body("umAppointments[0].total", equalTo(1)));
        as(coordinator).body("{}").post(report + "/submission").then().statusCode(200)
                .body("edition.kind", equalTo("SUBMITTED"))
                .body("edition.version", equalTo(1))
                .body("umAppointments[0].total", equalTo(1));

        // an appointment HR reports late changes the live report, not what was submitted
        send("participants.employee.v1", d, appointment(d, "5157", "2025-11-01", false));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(coordinator).get(report).then().body("umAppointments[0].total", equalTo(2))
                        .body("edition.kind", equalTo("LIVE"))
                        .body("submission.status", equalTo("SUBMITTED")));
        as(CALHR).get(report + "/submissions/latest").then().statusCode(200)
                .body("edition.version", equalTo(1))
                .body("umAppointments[0].total", equalTo(1));
        as(CALHR).get("/api/reports/statewide/2025-26").then().statusCode(200)
                .body("departments.find { it.department == '" + d + "' }.umAppointments", equalTo(1));

        // CalHR returns it; the resubmission is version 2, version 1 stays as it was
        as(CALHR).body(Map.of("accepted", false, "comments", "count the November appointment"))
                .post(report + "/feedback").then().statusCode(200)
                .body("edition.version", equalTo(1))
                .body("submission.status", equalTo("RETURNED"));
        as(coordinator).body("{}").post(report + "/submission").then().statusCode(200)
                .body("edition.version", equalTo(2))
                .body("umAppointments[0].total", equalTo(2));
        as(CALHR).body(Map.of("accepted", true)).post(report + "/feedback").then().statusCode(200)
                .body("submission.status", equalTo("ACCEPTED"));
        as(coordinator).get(report + "/submissions").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("outcome", equalTo(List.of("RETURNED", "ACCEPTED")))
                .body("[0].feedback", equalTo("count the November appointment"));
        as(coordinator).get(report + "/submissions/1").then().statusCode(200)
                .body("umAppointments[0].total", equalTo(1))
                .body("submission.status", equalTo("RETURNED"));
        as(CALHR).get("/api/reports/statewide/2025-26").then().statusCode(200)
                .body("departments.find { it.department == '" + d + "' }.umAppointments", equalTo(2));
        given().auth().oauth2(coordinator).accept("text/csv").get(report + "/submissions/2").then().statusCode(200)
                .body(containsString("edition,2025-26,,version,2"));
        as(coordinator).get(report + "/submissions/9").then().statusCode(404);
        as(coordinator).get(report + "/submissions/first").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        as(coordinator(department())).get(report + "/submissions").then().statusCode(403);
    }

    @Test
    void twoSubmissionsSentAtOnceGiveOneVersionAndAConflict() throws Exception {
        String d = department();
        String coordinator = coordinator(d);
        String report = "/api/reports/departments/" + d + "/2025-26";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> submit = () -> as(coordinator).body("{}")
                    .post(report + "/submission").statusCode();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(List.of(submit, submit))) {
                statuses.add(f.get());
            }
            org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        as(coordinator).get(report + "/submissions").then().statusCode(200).body("version", equalTo(List.of(1)));
    }

    @Test
    void goalsAndUmClassesNameOnlyEltpaClassesTheCatalogKnows() {
        String d = department();
        String coordinator = coordinator(d);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                as(coordinator).body(Map.of("goals", List.of(Map.of("classCode", CatalogFixture.OFFICE_TECHNICIAN,
                                "expectedAppointments", 1, "timetable", "by June"))))
                        .put("/api/departments/" + d + "/goals/2026-27").then()
                        .statusCode(422)
                        .body("violations.field", equalTo(List.of("goals[0].classCode")))
                        .body("detail", containsString("LPEL, not an ELTPA class")));
        as(coordinator).body(Map.of("goals", List.of(
                        Map.of("classCode", "5157", "expectedAppointments", 1, "timetable", "by June"),
                        Map.of("classCode", "9999", "expectedAppointments", 1, "timetable", "by June"))))
                .put("/api/departments/" + d + "/goals/2026-27").then()
                .statusCode(422)
                .body("violations.field", equalTo(List.of("goals[1].classCode")))
                .body("detail", containsString("not in the classification catalog"));
        as(coordinator).get("/api/departments/" + d + "/goals/2026-27").then().statusCode(404);
        as(coordinator).body(Map.of("coordinatorName", "Robin", "coordinatorEmail", "um@t.ca.gov",
                        "umClassCodes", List.of("5157")))
                .put("/api/departments/" + d + "/program").then()
                .statusCode(400).body("violations.field", equalTo(List.of("umClassCodes")))
                .body("detail", containsString("classification-service"));
        as(coordinator).body(Map.of("trainingBudget", 1000, "assignedToUm", 1000.01))
                .put("/api/departments/" + d + "/program-years/2026-27").then()
                .statusCode(422).body("violations.field", equalTo(List.of("assignedToUm")));
        as(coordinator).get("/api/departments/" + d + "/program-years").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        // the program's budget is this year's: it cannot fall below what the year assigned to UM
        String thisYear = gov.ca.calhr.um.commons.time.FiscalYear.of(java.time.LocalDate.now()).toString();
        as(coordinator).body(Map.of("trainingBudget", 1000, "assignedToUm", 500))
                .put("/api/departments/" + d + "/program-years/" + thisYear).then().statusCode(200);
        as(coordinator).body(Map.of("coordinatorName", "Robin", "coordinatorEmail", "um@t.ca.gov",
                        "annualTrainingBudget", 400))
                .put("/api/departments/" + d + "/program").then()
                .statusCode(422).body("violations.field", equalTo(List.of("annualTrainingBudget")));
        as(coordinator).get("/api/departments/" + d + "/program-years/" + thisYear).then().statusCode(200)
                .body("trainingBudget", equalTo(1000.0f));
    }
}
