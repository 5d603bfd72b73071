package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
class DepartmentReportResourceTest {

    private static final String CALHR = TestTokens.token("calhr-analyst", "CALHR", "calhr-analyst");

    private static long eligible(String department, String fiscalYear) {
        return given().auth().oauth2(CALHR).get("/api/reports/departments/" + department + "/" + fiscalYear)
                .then().statusCode(200).extract().jsonPath().getLong("lpelEligibleEmployees");
    }

    private static void publish(String event, String key) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (TopicWriter writer = new TopicWriter(bootstrap)) {
            writer.send("participants.employee.v1", key, event);
        }
    }

    @Test
    void eligibilityCountsPerFiscalYearAndTheNewestFactsWin() {
        String dept = "T" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String employee = "E-" + UUID.randomUUID();
        String appointed = UUID.randomUUID().toString();
        String inLpel = TestEvents.employeeFactsChanged(appointed, employee, dept, 1,
                List.of(TestEvents.period(dept, "1139", "2025-09-01", null)), List.of());
        publish(inLpel, employee);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligible(dept, "2025-26") == 1);

        // redelivery of the same event changes nothing; version 2: promoted out of LPEL in FY 2026-27;
        // version 1 again under another event id, arriving late, changes nothing either
        publish(inLpel, employee);
        publish(TestEvents.employeeFactsChanged(UUID.randomUUID().toString(), employee, dept, 2,
                List.of(TestEvents.period(dept, "1139", "2025-09-01", "2026-10-01")), List.of()), employee);
        publish(TestEvents.employeeFactsChanged(UUID.randomUUID().toString(), employee, dept, 1,
                List.of(TestEvents.period(dept, "1139", "2025-09-01", null)), List.of()), employee);
        String marker = "E-" + UUID.randomUUID();
        // same key, same partition: once this marker counts, the events before it were processed
        publish(TestEvents.employeeFactsChanged(UUID.randomUUID().toString(), marker, dept, 1,
                List.of(TestEvents.period(dept, "1139", "2027-08-01", null)), List.of()), employee);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligible(dept, "2027-28") >= 1);
        // 2027-28: only the marker; the first employee left LPEL in October 2026
        assertThat(eligible(dept, "2027-28")).isEqualTo(1);

        given().auth().oauth2(CALHR).get("/api/reports/departments/" + dept + "/2025-26").then()
                .body("lpelEligibleEmployees", equalTo(1))
                .body("fiscalYearStart", equalTo("2025-07-01"));
        // eligible for part of 2026-27 (July to September), gone after the promotion
        given().auth().oauth2(CALHR).get("/api/reports/departments/" + dept + "/2026-27").then()
                .body("lpelEligibleEmployees", equalTo(1));
        given().auth().oauth2(CALHR).get("/api/reports/departments/" + dept + "/2024-25").then()
                .body("lpelEligibleEmployees", equalTo(0));
    }

    @Test
    void departmentStaffReadOnlyTheirOwnDepartment() {
        given().auth().oauth2(TestTokens.token("dgs-coordinator", "DGS", "um-coordinator"))
                .get("/api/reports/departments/DGS/2025-26").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("dgs-eeo", "DGS", "eeo-officer"))
                .get("/api/reports/departments/DGS/2025-26").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("edd-coordinator", "EDD", "um-coordinator"))
                .get("/api/reports/departments/DGS/2025-26").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.token("dgs-employee", "DGS", "employee"))
                .get("/api/reports/departments/DGS/2025-26").then().statusCode(403);
        given().get("/api/reports/departments/DGS/2025-26").then().statusCode(401);
    }

    @Test
    void malformedFiscalYearNamesTheParameter() {
        given().auth().oauth2(CALHR).get("/api/reports/departments/DGS/2025-2026").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("fiscalYear"));
    }
}
