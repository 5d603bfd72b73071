package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "plans"))
class PlanVocabularyResourceTest {

    @Test
    void anyAuthenticatedUserReadsTheVocabularies() {
        String employee = TestTokens.token("dgs-employee", "DGS", "employee");
        given().auth().oauth2(employee).get("/api/activity-types").then()
                .statusCode(200)
                .body("code", hasItems("TRAINING_AND_DEVELOPMENT_ASSIGNMENT", "JOB_SHADOWING", "EDUCATION_LEAVE"));
        given().auth().oauth2(employee).get("/api/training-categories").then()
                .statusCode(200)
                .body("$", hasSize(3));
    }
}
