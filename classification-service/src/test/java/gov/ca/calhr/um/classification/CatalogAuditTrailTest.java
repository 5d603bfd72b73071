package gov.ca.calhr.um.classification;

import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The catalog is statewide: its trail is open to every department's coordinator and EEO officer and to CalHR. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "classification"))
class CatalogAuditTrailTest {

    private static final String HR = TestTokens.token("hr-1", "DGS", "hr");

    private static io.restassured.response.Response trail(String token, String entity, String id) {
        return given().auth().oauth2(token).queryParam("entity", entity).queryParam("id", id).get("/api/audit");
    }

    @Test
    void aClassChangeIsReadableStatewideAndADepartmentsUmClassesOnlyByItsOwn() {
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "BL11", "title", "Groundskeeper II", "salaryMin", 3300, "salaryMax", 4100))
                .put("/api/classifications/2401").then().statusCode(200);
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "BL11", "title", "Groundskeeper II", "salaryMin", 3300, "salaryMax", 4300))
                .put("/api/classifications/2401").then().statusCode(200);
        for (String reader : List.of(TestTokens.token("edd-coord", "EDD", "um-coordinator"),
                TestTokens.token("dgs-eeo", "DGS", "eeo-officer"),
                TestTokens.token("calhr-analyst", "CALHR", "calhr-analyst"))) {
            trail(reader, "classification", "2401").then().statusCode(200)
                    .body("items[0].actor.subject", equalTo("hr-1"))
                    .body("items.changes.after.salaryMax", hasItem("4300"));
        }
        trail(HR, "classification", "2401").then().statusCode(403);

        // a new title changes the class's title history (an element collection) only
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "BL11", "title", "Senior Groundskeeper", "salaryMin", 3300,
                        "salaryMax", 4300))
                .put("/api/classifications/2401").then().statusCode(200);
        String titles = trail(TestTokens.token("dgs-eeo", "DGS", "eeo-officer"), "classification", "2401").then()
                .statusCode(200).extract().path("items[-1].changes.after.titles");
        org.assertj.core.api.Assertions.assertThat(titles).contains("title=Senior Groundskeeper")
                .contains("title=Groundskeeper II");

        String d = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        given().auth().oauth2(TestTokens.token("hr-" + d, d, "hr")).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of("5157"), "bridgingClassCodes", List.of("5278")))
                .put("/api/departments/" + d + "/um-classifications").then().statusCode(200);
        trail(TestTokens.token("coord-" + d, d, "um-coordinator"), "department_um_class", d + "/5157").then()
                .statusCode(200)
                .body("items[0].department", equalTo(d))
                .body("items[0].changes.after.role", equalTo("UM_TARGET"));
        trail(TestTokens.token("edd-coord", "EDD", "um-coordinator"), "department_um_class", d + "/5157").then()
                .statusCode(404);
        // taken off the list: recorded as deleted
        given().auth().oauth2(TestTokens.token("hr-" + d, d, "hr")).contentType(ContentType.JSON)
                .body(Map.of("umClassCodes", List.of(), "bridgingClassCodes", List.of("5278")))
                .put("/api/departments/" + d + "/um-classifications").then().statusCode(200);
        trail(TestTokens.token("coord-" + d, d, "um-coordinator"), "department_um_class", d + "/5157").then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATED", "DELETED")))
                .body("items[1].changes.before.role", equalTo("UM_TARGET"));
    }
}
