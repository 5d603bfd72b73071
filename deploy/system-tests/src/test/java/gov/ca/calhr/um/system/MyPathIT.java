package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An employee's path in one call to participants-service, answered from its own copies of the
 * catalog and the ladders: the reachable ELTPA classes and their salary changes are those the
 * catalog's own path finder gives (classification-service), and those the seed catalog's ranges
 * give by hand; dgs-employee reads their own with their realm token; the department's coordinator
 * reads it by id, another department's is told it does not exist.
 */
@ExtendWith(SharedStack.class)
class MyPathIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    /** Steps of the seed catalog: Office Assistant to Office Technician to Analyst; Technician to MST (bridging) to Analyst. */
    private static final List<List<String>> STEPS = List.of(List.of("1441", "1139", "PROMOTION"),
            List.of("1139", "5278", "BRIDGING"), List.of("5278", "5157", "PROMOTION"),
            List.of("1139", "5157", "PROMOTION"));

    private String participants;
    private String classification;
    private Keycloak keycloak;

    @BeforeEach
    void laddersOfTheSeedCatalog() {
        keycloak = SharedStack.keycloak();
        participants = SharedStack.url("participants-service");
        classification = SharedStack.url("classification-service");
        String hr = keycloak.userToken("dgs-hr");
        for (List<String> s : STEPS) {
            given().auth().oauth2(hr).contentType(ContentType.JSON)
                    .body(Map.of("fromClassCode", s.get(0), "toClassCode", s.get(1), "kind", s.get(2)))
                    .put(classification + "/api/career-ladders/steps").then().statusCode(200);
        }
    }

    private void appoint(String employeeId, String classCode, String effectiveDate) {
        appoint(employeeId, "DGS", classCode, effectiveDate);
    }

    private void appoint(String employeeId, String department, String classCode, String effectiveDate) {
        Map<String, Object> action = Map.of("actionId", "IT-PATH-" + UUID.randomUUID(), "actionType", "APPOINTMENT",
                "employeeId", employeeId, "department", department, "positionNumber", "307-110-" + classCode + "-031",
                "toClassCode", classCode, "transactionCode", "A01", "effectiveDate", effectiveDate,
                "employee", Map.of("name", "Path Finder", "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        String hrSystem = keycloak.hrSystemToken();
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(hrSystem)
                .contentType(ContentType.JSON).body(action).post(participants + "/api/personnel-actions")
                .statusCode() / 100 == 2);
    }

    /** What the catalog's path finder answers from {@code from} on DGS's ladders: per class, its salary changes and route. */
    private Map<String, String> catalogPaths(String from, String token) {
        List<Map<String, Object>> paths = given().auth().oauth2(token)
                .get(classification + "/api/career-paths?department=DGS&from=" + from).then().statusCode(200)
                .extract().path("$");
        Map<String, String> byClass = new TreeMap<>();
        for (Map<String, Object> p : paths) {
            List<Map<String, Object>> steps = (List<Map<String, Object>>) p.get("steps");
            BigDecimal min = BigDecimal.ZERO;
            for (Map<String, Object> s : steps) {
                min = min.add(new BigDecimal(String.valueOf(s.get("salaryMinChange"))));
            }
            byClass.put((String) p.get("toClassCode"), "max " + amount(p.get("salaryGain")) + ", min "
                    + min.stripTrailingZeros().toPlainString() + ": " + route(steps));
        }
        return byClass;
    }

    /** Each step as from>to, kind and change of the range's top. */
    private static String route(List<Map<String, Object>> steps) {
        StringBuilder route = new StringBuilder();
        for (Map<String, Object> s : steps) {
            route.append(s.get("fromClassCode")).append('>').append(s.get("toClassCode")).append(' ')
                    .append(s.get("kind")).append(' ').append(amount(s.get("salaryMaxChange"))).append("; ");
        }
        return route.toString();
    }

    private static String amount(Object value) {
        return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }

    /** The same, as participants-service's path answers it. */
    private static Map<String, String> reachable(JsonPath path) {
        Map<String, String> byClass = new TreeMap<>();
        List<Map<String, Object>> classes = path.getList("reachableClasses");
        for (Map<String, Object> c : classes) {
            byClass.put((String) c.get("classCode"), "max " + amount(c.get("salaryMaxChange")) + ", min "
                    + amount(c.get("salaryMinChange")) + ": " + route((List<Map<String, Object>>) c.get("steps")));
        }
        return byClass;
    }

    @Test
    void anOfficeAssistantCanReachTheAnalystClassInTwoStepsAsTheCatalogSays() {
        String employeeId = "DGS-PATH-" + UUID.randomUUID().toString().substring(0, 8);
        appoint(employeeId, "1441", "2024-03-04");
        String coordinator = keycloak.userToken("dgs-coordinator");
        // 1441 (3,135-3,927) -> 1139 (3,615-4,525) -> 5157 (4,045-6,351): the seed catalog's monthly ranges
        String byHand = "max 2424, min 910: 1441>1139 PROMOTION 598; 1139>5157 PROMOTION 1826; ";
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> byHand.equals(reachable(
                given().auth().oauth2(coordinator).get(participants + "/api/employees/" + employeeId + "/path")
                        .then().statusCode(200).extract().jsonPath()).get("5157")));
        JsonPath path = given().auth().oauth2(coordinator).get(participants + "/api/employees/" + employeeId + "/path")
                .then().statusCode(200).extract().jsonPath();
        assertThat(reachable(path)).isEqualTo(catalogPaths("1441", coordinator)).containsOnlyKeys("5157");
        assertThat(path.getString("currentClass.classCode")).isEqualTo("1441");
        assertThat(path.getBoolean("eligibility.eligible")).isTrue();
        assertThat(path.getString("eligibility.reason")).contains("low-paying entry-level");
        assertThat(path.getString("nextStep.who")).isEqualTo("EMPLOYEE");
        assertThat(path.getString("application")).isNull();

        given().auth().oauth2(keycloak.userToken("edd-coordinator"))
                .get(participants + "/api/employees/" + employeeId + "/path").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void dgsEmployeeReadsTheirOwnPathAsTheCatalogsLaddersGiveIt() {
        // dgs-employee is DGS-E1001; an early appointment makes sure they are known (later ones of other tests win)
        appoint("DGS-E1001", "1139", "2012-03-05");
        String employee = keycloak.userToken("dgs-employee");
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath path = given().auth().oauth2(employee).get(participants + "/api/me/path").then().statusCode(200)
                    .extract().jsonPath();
            return reachable(path).equals(catalogPaths(path.getString("currentClass.classCode"), employee));
        });
        JsonPath path = given().auth().oauth2(employee).get(participants + "/api/me/path").then().statusCode(200)
                .extract().jsonPath();
        assertThat(path.getString("employeeId")).isEqualTo("DGS-E1001");
        String current = path.getString("currentClass.classCode");
        if (current.equals("1139")) {
            assertThat(reachable(path)).containsEntry("5157", "max 1826, min 430: 1139>5157 PROMOTION 1826; ");
        }
        assertThat(path.getString("nextStep.who")).isNotBlank();
    }

    @Test
    void aDepartmentsOwnLadderOpensPathsForItsEmployeesOnly() {
        String hr = keycloak.userToken("dgs-hr");
        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "CX41", "title", "Records Clerk (Department ladder)", "salaryMin", 3000,
                        "salaryMax", 3800, "umCategory", "LPEL", "umDesignationReason", "entry level, low paying"))
                .put(classification + "/api/classifications/6401").then().statusCode(200);
        given().auth().oauth2(hr).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "JX42", "title", "Records Analyst (Department ladder)", "salaryMin", 4100,
                        "salaryMax", 6200, "umCategory", "ELTPA", "umDesignationReason", "entry-level analyst"))
                .put(classification + "/api/classifications/6402").then().statusCode(200);
        String coordinator = keycloak.userToken("dgs-coordinator");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("fromClassCode", "6401", "toClassCode", "6402", "kind", "PROMOTION",
                        "note", "DGS records unit ladder"))
                .put(classification + "/api/departments/DGS/career-ladders/steps").then().statusCode(200);
        String dgsEmployee = "DGS-LADDER-" + UUID.randomUUID().toString().substring(0, 8);
        String eddEmployee = "EDD-LADDER-" + UUID.randomUUID().toString().substring(0, 8);
        appoint(dgsEmployee, "6401", "2024-03-04");
        appoint(eddEmployee, "EDD", "6401", "2024-03-04");

        // 6401 (3,000-3,800) -> 6402 (4,100-6,200), on DGS's own ladder
        String byHand = "max 2400, min 1100: 6401>6402 PROMOTION 2400; ";
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> byHand.equals(reachable(
                given().auth().oauth2(coordinator).get(participants + "/api/employees/" + dgsEmployee + "/path")
                        .then().statusCode(200).extract().jsonPath()).get("6402")));
        assertThat(reachable(given().auth().oauth2(coordinator)
                .get(participants + "/api/employees/" + dgsEmployee + "/path").then().statusCode(200).extract()
                .jsonPath())).isEqualTo(catalogPaths("6401", coordinator));
        // the same class in EDD: the statewide ladders only, which have no step from it
        JsonPath edd = given().auth().oauth2(keycloak.userToken("edd-coordinator"))
                .get(participants + "/api/employees/" + eddEmployee + "/path").then().statusCode(200).extract()
                .jsonPath();
        assertThat(edd.getString("currentClass.classCode")).isEqualTo("6401");
        assertThat(reachable(edd)).isEmpty();
    }
}
