package gov.ca.calhr.um.classification;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "classification"))
class ClassificationResourceTest {

    private static final String HR = TestTokens.token("hr-1", "DGS", "hr");
    private static final String EMPLOYEE = TestTokens.tokenFor("emp-1", "DGS", "E100", "employee");

    @Test
    void seededClassesCarryTheirRangeDefaultOrDesignatedCategory() {
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/1139").then()
                .statusCode(200)
                .body("title", equalTo("Office Technician (Typing)"))
                .body("occupationalGroup", equalTo("OFFICE_AND_ALLIED_SERVICES"))
                .body("umCategory", equalTo("LPEL"))
                .body("umCategoryDesignated", equalTo(false));
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/5278").then()
                .statusCode(200)
                .body("umCategory", equalTo("BRIDGING"))
                .body("umCategoryDesignated", equalTo(true));
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/5157").then()
                .statusCode(200)
                .body("umCategory", equalTo("ELTPA"));
    }

    @Test
    void readsNeedAToken() {
        given().get("/api/classifications/1139").then().statusCode(401);
    }

    @Test
    void unknownClassIsAProblemNotFound() {
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/9999").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void malformedClassCodeNamesTheParameter() {
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/12a").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("classCode"));
    }

    @Test
    void onlyHrMayWrite() {
        given().auth().oauth2(EMPLOYEE).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "CA60", "title", "X", "salaryMin", 1, "salaryMax", 2))
                .put("/api/classifications/1150").then()
                .statusCode(403);
    }

    @Test
    void invalidBodyNamesTheField() {
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "C460", "title", "Clerk", "salaryMin", 10, "salaryMax", 20))
                .put("/api/classifications/1151").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("schematicCode"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body(Map.of("schematicCode", "CA61", "title", "Clerk", "salaryMin", 30, "salaryMax", 20))
                .put("/api/classifications/1151").then()
                .statusCode(400)
                .body("violations.field", hasItem("salaryMin"));
        given().auth().oauth2(HR).contentType(ContentType.JSON)
                .body("{\"schematicCode\": ")
                .put("/api/classifications/1151").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(EMPLOYEE).get("/api/classifications/1151").then().statusCode(404);
    }

    @Test
    void upsertIsAnnouncedOnKafkaAsAValidCloudEvent() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicReader topic = new TopicReader(bootstrap, "classification.classification.v1")) {
            given().auth().oauth2(HR).contentType(ContentType.JSON)
                    .body(Map.of("schematicCode", "BL10", "title", "Groundskeeper", "salaryMin", 3200,
                            "salaryMax", 4000))
                    .put("/api/classifications/2400").then()
                    .statusCode(200)
                    .body("occupationalGroup", equalTo("HORTICULTURE"))
                    .body("umCategory", equalTo("LPEL"));

            ConsumerRecord<String, String> event = topic.awaitRecord(r -> "2400".equals(r.key()),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(event.topic(), event.value());
            assertThat(event.value()).contains("\"umCategory\":\"LPEL\"");

            // the seed catalog is announced at start-up too
            ConsumerRecord<String, String> seeded = topic.awaitRecord(r -> "5278".equals(r.key()),
                    Duration.ofSeconds(30));
            EventContracts.assertConforms(seeded.topic(), seeded.value());
            assertThat(seeded.value()).contains("\"umCategory\":\"BRIDGING\"");
        }
    }
}
