package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Plays classification-service: announces the classes the tests name, once, and waits until reporting knows them. */
final class CatalogFixture {

    static final String ANALYST = "5157";
    static final String ASSOCIATE_ANALYST = "5142";
    static final String OFFICE_TECHNICIAN = "1139";

    private static boolean known;

    private CatalogFixture() {
    }

    private static Map<String, Object> goal(String classCode) {
        return Map.of("classCode", classCode, "expectedAppointments", 1, "timetable", "by June");
    }

    static synchronized void catalogIsKnown() {
        if (known) {
            return;
        }
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send("classification.classification.v1", ANALYST, TestEvents.classificationUpserted(ANALYST, "JY20",
                    "Staff Services Analyst (General)", "ELTPA"));
            writer.send("classification.classification.v1", ASSOCIATE_ANALYST, TestEvents.classificationUpserted(
                    ASSOCIATE_ANALYST, "JY10", "Associate Governmental Program Analyst", "ELTPA"));
            writer.send("classification.classification.v1", OFFICE_TECHNICIAN, TestEvents.classificationUpserted(
                    OFFICE_TECHNICIAN, "CA46", "Office Technician (Typing)", "LPEL"));
        }
        String coordinator = TestTokens.token("coord-CATALOG", "CATALOG", "um-coordinator");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                        .body(Map.of("goals", List.of(goal(ANALYST), goal(ASSOCIATE_ANALYST))))
                        .put("/api/departments/CATALOG/goals/2025-26").statusCode() == 200);
        known = true;
    }
}
