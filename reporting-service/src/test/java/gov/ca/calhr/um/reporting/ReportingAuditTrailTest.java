package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Goals' trail: the coordinator's drafts and submission, CalHR's decision, readable by CalHR too. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportingAuditTrailTest {

    private static final String CALHR = TestTokens.token("calhr-analyst", "CALHR", "calhr-analyst");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @BeforeEach
    void catalogIsKnown() {
        CatalogFixture.catalogIsKnown();
    }

    @Test
    void theGoalsTrailShowsEachStepAndWhoTookIt() {
        String d = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String coordinator = TestTokens.token("coord-" + d, d, "um-coordinator");
        String goalSetId = as(coordinator).body(Map.of("goals", List.of(Map.of("classCode", "5157",
                        "expectedAppointments", 2, "timetable", "by June"))))
                .put("/api/departments/" + d + "/goals/2026-27").then().statusCode(200).extract().path("goalSetId");
        as(coordinator).post("/api/departments/" + d + "/goals/2026-27/submission").then().statusCode(200);
        as(CALHR).body(Map.of("comments", "add a timetable per quarter"))
                .post("/api/departments/" + d + "/goals/2026-27/return").then().statusCode(200);

        JsonPath trail = as(coordinator).queryParam("entity", "goal_set").queryParam("id", goalSetId)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        List<String> subjects = trail.getList("items.actor.subject");
        assertThat(subjects).contains("coord-" + d, "calhr-analyst");
        // the goal line is recorded in its set's trail, with the set's department
        assertThat(trail.getList("items.changes.after.classCode", String.class)).contains("5157");
        assertThat(trail.getList("items.department", String.class)).containsOnly(d);
        assertThat(trail.getList("items.changes.after.status", String.class))
                .contains("DRAFT", "SUBMITTED", "RETURNED");

        as(CALHR).queryParam("entity", "goal_set").queryParam("id", goalSetId).get("/api/audit").then()
                .statusCode(200);

        as(TestTokens.token("coord-other", "DGS", "um-coordinator")).queryParam("entity", "goal_set")
                .queryParam("id", goalSetId).get("/api/audit").then().statusCode(404);

        // returned goals are redrafted: the line taken off shows as deleted
        as(coordinator).body(Map.of("goals", List.of(Map.of("classCode", "5142", "expectedAppointments", 1,
                        "timetable", "by March"))))
                .put("/api/departments/" + d + "/goals/2026-27").then().statusCode(200);
        JsonPath redrafted = as(coordinator).queryParam("entity", "goal_set").queryParam("id", goalSetId)
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(redrafted.getList("items.findAll { it.action == 'DELETED' }.changes.before.classCode",
                String.class)).containsExactly("5157");
    }

    @Test
    void anticipatedOpeningsKeptWithoutAnEntityAreRecordedToo() {
        String d = "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String coordinator = TestTokens.token("coord-" + d, d, "um-coordinator");
        as(coordinator).body(Map.of("openings", Map.of("5157", 4)))
                .put("/api/departments/" + d + "/goals/2026-27/anticipated-openings").then().statusCode(200);
        as(coordinator).body(Map.of("openings", Map.of("5157", 6, "5142", 1)))
                .put("/api/departments/" + d + "/goals/2026-27/anticipated-openings").then().statusCode(200);
        JsonPath trail = as(coordinator).queryParam("entity", "anticipated_openings").queryParam("id", d + "/2026-27")
                .get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.changes.after.'5157'", String.class)).containsExactly("4", "6");
        assertThat(trail.getString("items[1].changes.before.'5157'")).isEqualTo("4");
        assertThat(trail.getString("items[1].changes.after.'5142'")).isEqualTo("1");
        assertThat(trail.getString("items[1].via")).isEqualTo("PUT /api/departments/" + d + "/goals/2026-27/anticipated-openings");
        as(TestTokens.token("coord-other", "DGS", "um-coordinator")).queryParam("entity", "anticipated_openings")
                .queryParam("id", d + "/2026-27").get("/api/audit").then().statusCode(404);
    }
}
