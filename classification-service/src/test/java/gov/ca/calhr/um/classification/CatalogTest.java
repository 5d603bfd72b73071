package gov.ca.calhr.um.classification;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "classification"))
class CatalogTest {

    private static final String HR = TestTokens.token("hr-1", "DGS", "hr");
    private static final String READER = TestTokens.token("emp-1", "DGS", "employee");

    private static Map<String, Object> body(String schematic, String title, int min, int max) {
        Map<String, Object> body = new HashMap<>();
        body.put("schematicCode", schematic);
        body.put("title", title);
        body.put("salaryMin", min);
        body.put("salaryMax", max);
        return body;
    }

    private static ValidatableResponse put(String classCode, Map<String, Object> body) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON).body(body)
                .put("/api/classifications/" + classCode).then();
    }

    private static ValidatableResponse get(String path) {
        return given().auth().oauth2(READER).get(path).then();
    }

    @Test
    void designationOverridesTheRangeDefaultAndRecordsWhoAndWhy() {
        put("5901", body("JY41", "Program Technician (Test)", 3300, 4100)).statusCode(200)
                .body("umCategory", equalTo("ELTPA")).body("umCategoryDesignated", equalTo(false));

        Map<String, Object> designated = body("JY41", "Program Technician (Test)", 3300, 4100);
        designated.put("umCategory", "LPEL");
        put("5901", designated).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("umDesignationReason"));

        designated.put("umDesignationReason", "traditionally low-paying clerical work despite its TPA range");
        put("5901", designated).statusCode(200)
                .body("umCategory", equalTo("LPEL"))
                .body("umCategoryDesignated", equalTo(true))
                .body("umDesignation.designatedBy", equalTo("hr-1"))
                .body("umDesignation.reason", startsWith("traditionally low-paying"));
        get("/api/classifications/5901").body("umCategory", equalTo("LPEL"));

        // a change that names no category (here a retitle) keeps the designation
        put("5901", body("JY41", "Program Technician II (Test)", 3300, 4100)).statusCode(200)
                .body("title", equalTo("Program Technician II (Test)"))
                .body("umCategory", equalTo("LPEL")).body("umDesignation.designatedBy", equalTo("hr-1"));
        // an import without the column keeps it too
        String withoutColumn = """
                class_code,schematic_code,title,salary_min,salary_max
                5901,JY41,Program Technician II (Test),3300.00,4200.00
                """;
        given().auth().oauth2(HR).contentType("text/csv").body(withoutColumn).post("/api/classifications/import")
                .then().statusCode(200).body("updated", equalTo(1));
        get("/api/classifications/5901").body("salaryMax", equalTo(4200.0f)).body("umCategory", equalTo("LPEL"));
        // withdrawing it is explicit, and cannot be combined with naming one
        Map<String, Object> both = body("JY41", "Program Technician II (Test)", 3300, 4200);
        both.put("umCategory", "LPEL");
        both.put("umDesignationReason", "x");
        both.put("withdrawUmDesignation", true);
        put("5901", both).statusCode(400).body("violations.field", hasItem("withdrawUmDesignation"));
        Map<String, Object> withdraw = body("JY41", "Program Technician II (Test)", 3300, 4200);
        withdraw.put("withdrawUmDesignation", true);
        put("5901", withdraw).statusCode(200)
                .body("umCategory", equalTo("ELTPA")).body("umDesignation", nullValue());
        // and by import: DEFAULT in the column
        put("5901", designated).statusCode(200).body("umCategory", equalTo("LPEL"));
        String backToDefault = """
                class_code,schematic_code,title,salary_min,salary_max,um_category
                5901,JY41,Program Technician (Test),3300.00,4100.00,DEFAULT
                """;
        given().auth().oauth2(HR).contentType("text/csv").body(backToDefault).post("/api/classifications/import")
                .then().statusCode(200);
        get("/api/classifications/5901").body("umCategory", equalTo("ELTPA")).body("umCategoryDesignated", equalTo(false));
    }

    @Test
    void retitleKeepsTheFormerTitleForEarlierDaysAndSearch() {
        put("5902", body("JY42", "Staff Services Analyst (Pilot)", 4000, 6300)).statusCode(200);
        Map<String, Object> retitled = body("JY42", "Analyst I (Pilot)", 4000, 6300);
        retitled.put("titleEffectiveFrom", "2026-01-01");
        put("5902", retitled).statusCode(200);

        get("/api/classifications/5902?asOf=2025-12-31").statusCode(200)
                .body("title", equalTo("Staff Services Analyst (Pilot)"));
        get("/api/classifications/5902?asOf=2026-01-01").statusCode(200)
                .body("title", equalTo("Analyst I (Pilot)"))
                .body("otherTitles.title", contains("Staff Services Analyst (Pilot)"))
                .body("otherTitles[0].effectiveTo", equalTo("2025-12-31"));
        get("/api/classifications/by-schematic-code/JY42?asOf=2026-02-01").statusCode(200)
                .body("classCode", equalTo("5902"));
        // the former title still finds the class
        given().auth().oauth2(READER).queryParam("q", "services analyst (pilot)").get("/api/classifications")
                .then().statusCode(200).body("items.classCode", contains("5902"));

        Map<String, Object> backdated = body("JY42", "Analyst One (Pilot)", 4000, 6300);
        backdated.put("titleEffectiveFrom", "2025-06-01");
        put("5902", backdated).statusCode(400).body("violations.field", hasItem("titleEffectiveFrom"));
    }

    @Test
    void abolishedClassKeepsItsHistoryButLeavesCurrentLists() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader topic = new TopicReader(bootstrap, "classification.classification.v1")) {
            put("5903", body("CA80", "Mail Clerk (Pilot)", 3000, 3600)).statusCode(200);
            given().auth().oauth2(HR).contentType(ContentType.JSON)
                    .body(Map.of("effectiveDate", "2026-07-01", "reason", "merged into Office Assistant"))
                    .post("/api/classifications/5903/abolishment").then()
                    .statusCode(200).body("status", equalTo("ABOLISHED"));
            EventContracts.assertConforms(topic.awaitRecord(
                    r -> "5903".equals(r.key()) && r.value().contains("ClassificationAbolished"),
                    Duration.ofSeconds(30)).value());
        }
        get("/api/classifications/5903?asOf=2026-06-30").body("status", equalTo("ACTIVE"));
        get("/api/classifications/5903?asOf=2026-07-01").body("status", equalTo("ABOLISHED"));
        given().auth().oauth2(READER).queryParams("q", "Mail Clerk (Pilot)", "asOf", "2026-08-01")
                .get("/api/classifications").then().body("total", equalTo(0));
        given().auth().oauth2(READER).queryParams("q", "Mail Clerk (Pilot)", "asOf", "2026-08-01",
                "includeAbolished", "true").get("/api/classifications").then().body("total", equalTo(1));
        given().auth().oauth2(READER).queryParams("q", "Mail Clerk (Pilot)", "asOf", "2026-06-01")
                .get("/api/classifications").then().body("total", equalTo(1));
    }

    @Test
    void searchFiltersByCategoryGroupAndSalaryWithPaging() {
        put("5911", body("CA81", "Zebra Clerk", 3000, 3500)).statusCode(200);
        put("5912", body("DA81", "Zebra Custodian", 3100, 3700)).statusCode(200);
        put("5913", body("JY43", "Zebra Analyst", 4500, 6000)).statusCode(200);

        given().auth().oauth2(READER).queryParams("q", "zebra", "category", "LPEL").get("/api/classifications")
                .then().statusCode(200).body("items.classCode", contains("5911", "5912"));
        given().auth().oauth2(READER).queryParams("q", "zebra", "group", "CUSTODIAN_AND_DOMESTIC_SERVICES")
                .get("/api/classifications").then().body("items.classCode", contains("5912"));
        given().auth().oauth2(READER).queryParams("q", "zebra", "salaryFrom", "4000").get("/api/classifications")
                .then().body("items.classCode", contains("5913"));
        given().auth().oauth2(READER).queryParams("q", "zebra", "salaryTo", "3050").get("/api/classifications")
                .then().body("items.classCode", contains("5911"));
        given().auth().oauth2(READER).queryParams("q", "zebra", "size", "2", "page", "1").get("/api/classifications")
                .then().body("total", equalTo(3)).body("items.classCode", contains("5913"));
        // a category no class can have is a wrong parameter, not a missing resource
        given().auth().oauth2(READER).queryParams("category", "SOMETHING").get("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("category")).body("violations[0].in", equalTo("query"))
                .body("instance", equalTo("/api/classifications"));
    }

    @Test
    void importIsAllOrNothingAndIdempotent() {
        String good = """
                # test catalog
                class_code,schematic_code,title,salary_min,salary_max,former_titles,alternate_ranges,um_category,um_designation_reason
                6101,CB01,Import Clerk,3000.00,3600.00,,,,
                6102,JY51,Import Technician,3600.00,4500.00,Import Aide until 2019-06-30,B:3700.00-4600.00,BRIDGING,bridging class to SSA
                6103,KY01,"Import Analyst, Senior",4800.00,6400.00,,,,
                """;
        given().auth().oauth2(HR).contentType("text/csv").body(good).post("/api/classifications/import").then()
                .statusCode(200).body("rows", equalTo(3)).body("created", equalTo(3));
        given().auth().oauth2(HR).contentType("text/csv").body(good).post("/api/classifications/import").then()
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        get("/api/classifications/6102?asOf=2019-01-01").body("title", equalTo("Import Aide"))
                .body("umCategory", equalTo("BRIDGING"))
                .body("alternateRanges[0].rangeCode", equalTo("B"));
        get("/api/classifications/6103").body("title", equalTo("Import Analyst, Senior"));

        String bad = """
                class_code,schematic_code,title,salary_min,salary_max
                6111,CB11,Good Row,3000.00,3600.00
                6112,CB12,Bad Salary,abc,3600.00
                6113,CB01,Taken Schematic Code,3000.00,3600.00
                """;
        given().auth().oauth2(HR).contentType("text/csv").body(bad).post("/api/classifications/import").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("rows.column", contains("salary_min", "schematic_code"))
                .body("rows.line", contains(3, 4));
        get("/api/classifications/6111").statusCode(404);

        given().auth().oauth2(READER).contentType("text/csv").body(good).post("/api/classifications/import").then()
                .statusCode(403);
        given().auth().oauth2(HR).contentType("text/csv").body("code,title\n1,x\n").post("/api/classifications/import")
                .then().statusCode(400).body("rows.column", hasItem("class_code"));
    }

    @Test
    void pathFinderCrossesABridgingClassAndRanksByPay() {
        put("6201", body("CB21", "Ladder Office Technician", 3600, 4500)).statusCode(200);
        Map<String, Object> bridging = body("JY61", "Ladder Services Technician", 3700, 4700);
        bridging.put("umCategory", "BRIDGING");
        bridging.put("umDesignationReason", "bridging class to the analyst series");
        put("6202", bridging).statusCode(200);
        Map<String, Object> lowBridging = body("LF61", "Ladder Budget Technician", 3650, 4600);
        lowBridging.put("umCategory", "BRIDGING");
        lowBridging.put("umDesignationReason", "bridging class to the analyst series");
        put("6206", lowBridging).statusCode(200);
        put("6203", body("JY62", "Ladder Analyst", 4000, 6300)).statusCode(200);
        put("6204", body("JY63", "Ladder Associate Analyst", 5500, 7200)).statusCode(200);
        step("6201", "6202", "BRIDGING").statusCode(200);
        step("6201", "6206", "BRIDGING").statusCode(200);
        step("6202", "6203", "PROMOTION").statusCode(200);
        step("6206", "6203", "PROMOTION").statusCode(200);
        step("6203", "6204", "PROMOTION").statusCode(200);

        given().auth().oauth2(READER).queryParams("from", "6201", "to", "6203").get("/api/career-paths").then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].stepCount", equalTo(2))
                .body("[0].steps.toClassCode", contains("6202", "6203"))
                .body("[0].steps[0].kind", equalTo("BRIDGING"))
                .body("[0].steps[0].toUmCategory", equalTo("BRIDGING"))
                .body("[0].steps[0].salaryMaxChange", equalTo(200.00f))
                .body("[0].salaryGain", equalTo(1800.00f))
                .body("[1].steps.toClassCode", contains("6206", "6203"));
        given().auth().oauth2(READER).queryParams("from", "6201").get("/api/career-paths").then()
                .statusCode(200)
                .body("toClassCode", contains("6203", "6204"))
                .body("stepCount", contains(2, 3));

        step("6204", "6201", "LATERAL_TRANSFER").statusCode(409)
                .contentType(startsWith("application/problem+json"));
        step("6201", "9990", "PROMOTION").statusCode(422).body("violations.field", hasItem("toClassCode"));
        given().auth().oauth2(READER).queryParams("from", "6204", "to", "6201").get("/api/career-paths").then()
                .statusCode(404);
        given().auth().oauth2(READER).queryParams("from", "9991", "to", "6201").get("/api/career-paths").then()
                .statusCode(404);
        given().auth().oauth2(READER).queryParams("from", "62x1").get("/api/career-paths").then()
                .statusCode(400).body("violations.field", hasItem("from"));
    }

    private static ValidatableResponse departmentStep(String token, String department, String from, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("fromClassCode", from, "toClassCode", to, "kind", "PROMOTION",
                        "note", "in-house ladder"))
                .put("/api/departments/" + department + "/career-ladders/steps").then();
    }

    private static ValidatableResponse paths(String from, String department) {
        var request = given().auth().oauth2(READER).queryParam("from", from);
        if (department != null) {
            request.queryParam("department", department);
        }
        return request.get("/api/career-paths").then().statusCode(200);
    }

    @Test
    void departmentLaddersSitBesideTheStatewideOnesInTheirOwnPathFinder() {
        String dgsCoordinator = TestTokens.token("dgs-coordinator", "DGS", "um-coordinator");
        String eddCoordinator = TestTokens.token("edd-coordinator", "EDD", "um-coordinator");
        put("6301", body("CB31", "Dept Ladder Clerk", 3500, 4400)).statusCode(200);
        put("6302", body("JY71", "Dept Ladder Analyst", 4200, 6500)).statusCode(200);
        put("6303", body("JY72", "Dept Ladder Associate Analyst", 5000, 7000)).statusCode(200);
        step("6302", "6303", "PROMOTION").statusCode(200);
        paths("6301", null).body("size()", equalTo(0));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader topic = new TopicReader(bootstrap, "classification.career-ladder.v1")) {
            departmentStep(dgsCoordinator, "dgs", "6301", "6302").statusCode(200)
                    .body("department", equalTo("DGS"))
                    .body("note", equalTo("in-house ladder"));
            var announced = topic.awaitRecord(r -> "DGS:6301>6302".equals(r.key()), Duration.ofSeconds(30));
            EventContracts.assertConforms(announced.value());
            org.assertj.core.api.Assertions.assertThat(announced.value()).contains("\"department\":\"DGS\"");
        }
        departmentStep(eddCoordinator, "DGS", "6301", "6302").statusCode(403);
        departmentStep(READER, "DGS", "6301", "6302").statusCode(403);
        departmentStep(dgsCoordinator, "DGS", "6301", "9990").statusCode(422)
                .body("violations.field", hasItem("toClassCode"));

        // DGS's path finder walks its own step and then the statewide one; others see the statewide ladders only
        paths("6301", "DGS").body("toClassCode", contains("6302", "6303"))
                .body("[1].steps.toClassCode", contains("6302", "6303"))
                .body("[1].salaryGain", equalTo(2600.00f));
        paths("6301", "EDD").body("size()", equalTo(0));
        paths("6301", null).body("size()", equalTo(0));
        given().auth().oauth2(READER).queryParams("classCode", "6301", "department", "DGS")
                .get("/api/career-ladders/steps").then().statusCode(200)
                .body("department", contains("DGS"));
        given().auth().oauth2(READER).queryParams("classCode", "6301").get("/api/career-ladders/steps").then()
                .statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(READER).queryParams("from", "6301", "department", "D-1").get("/api/career-paths")
                .then().statusCode(400).body("violations.field", hasItem("department"));

        // no path finder walks in circles: DGS's steps with the statewide ones, the statewide with each department's
        departmentStep(dgsCoordinator, "DGS", "6303", "6301").statusCode(409)
                .body("detail", containsString("cycle"));
        step("6303", "6301", "LATERAL_TRANSFER").statusCode(409).body("detail", containsString("DGS"));
        departmentStep(eddCoordinator, "EDD", "6303", "6301").statusCode(200);
        given().auth().oauth2(eddCoordinator).delete("/api/departments/EDD/career-ladders/steps/6303/6301").then()
                .statusCode(204);

        given().auth().oauth2(eddCoordinator).delete("/api/departments/DGS/career-ladders/steps/6301/6302").then()
                .statusCode(403);
        given().auth().oauth2(dgsCoordinator).delete("/api/departments/DGS/career-ladders/steps/6301/6302").then()
                .statusCode(204);
        given().auth().oauth2(dgsCoordinator).delete("/api/departments/DGS/career-ladders/steps/6301/6302").then()
                .statusCode(404);
        paths("6301", "DGS").body("size()", equalTo(0));
    }

    private static ValidatableResponse step(String from, String to, String kind) {
        return given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("fromClassCode", from, "toClassCode", to, "kind", kind))
                .put("/api/career-ladders/steps").then();
    }

    @Test
    void departmentNamesOnlyEltpaUmClassesAndBridgingClasses() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader topic = new TopicReader(bootstrap, "classification.department-um-classes.v1")) {
            given().auth().oauth2(HR).contentType(ContentType.JSON)
                    .body(Map.of("umClassCodes", List.of("5157"), "bridgingClassCodes", List.of("5278")))
                    .put("/api/departments/DGS/um-classifications").then()
                    .statusCode(200)
                    .body("umClasses.classCode", contains("5157"))
                    .body("bridgingClasses.classCode", contains("5278"));
            EventContracts.assertConforms(topic.awaitRecord(r -> "DGS".equals(r.key()), Duration.ofSeconds(30)).value());
        }
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of("5157", "1139"), "bridgingClassCodes", List.of()))
                .put("/api/departments/DGS/um-classifications").then()
                .statusCode(422)
                .body("violations.field", hasItem("umClassCodes[1]"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of(), "bridgingClassCodes", List.of("5157")))
                .put("/api/departments/DGS/um-classifications").then()
                .statusCode(422)
                .body("violations.field", hasItem("bridgingClassCodes[0]"));
        given().auth().oauth2(TestTokens.token("edd-hr", "EDD", "hr")).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of(), "bridgingClassCodes", List.of()))
                .put("/api/departments/DGS/um-classifications").then()
                .statusCode(403);
        get("/api/departments/DGS/um-classifications").statusCode(200)
                .body("umClasses.classCode", contains("5157"));
    }

    @Test
    void occupationalGroupsListTheirRangesAndDefaults() {
        get("/api/occupational-groups").statusCode(200)
                .body("find { it.code == 'HORTICULTURE' }.schematicCodeFrom", equalTo("BL00"))
                .body("find { it.code == 'HORTICULTURE' }.defaultUmCategory", equalTo("LPEL"))
                .body("find { it.code == 'LEGAL' }.schematicCodeFrom", equalTo("OA60"))
                .body("code", not(hasItem("NONE")));
    }
}
