package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The annual report is due June 1 after its fiscal year begins; from June 2 on, a missing one is overdue. */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportDeadlineTest {

    private static void dayIs(LocalDate day) {
        QuarkusMock.installMockForType(new Today() {
            @Override
            public LocalDate date() {
                return day;
            }
        }, Today.class);
    }

    @Test
    void aMissingReportIsOverdueFromTheDayAfterItsDueDateUntilItIsSubmitted() {
        String d = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String coordinator = TestTokens.token("coord-" + d, d, "um-coordinator");
        String compliance = "/api/departments/" + d + "/compliance";
        String report = "/api/reports/departments/" + d + "/2026-27";

        // the year before's report is in: only 2026-27's is at stake
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .post("/api/reports/departments/" + d + "/2025-26/submission").then().statusCode(200);
        dayIs(LocalDate.of(2027, 6, 1));
        given().auth().oauth2(coordinator).get(compliance).then().statusCode(200)
                .body("asOf", equalTo("2027-06-01"))
                .body("findings.code", not(hasItem("REPORT_OVERDUE")));
        given().auth().oauth2(coordinator).get(report).then().statusCode(200)
                .body("submission.dueDate", equalTo("2027-06-01"))
                .body("submission.overdue", equalTo(false));

        dayIs(LocalDate.of(2027, 6, 2));
        given().auth().oauth2(coordinator).get(compliance).then().statusCode(200)
                .body("compliant", equalTo(false))
                .body("findings.find { it.code == 'REPORT_OVERDUE' }.items", equalTo(List.of("2026-27")));
        given().auth().oauth2(coordinator).get(report).then().statusCode(200)
                .body("submission.overdue", equalTo(true));

        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("{}")
                .post(report + "/submission").then().statusCode(200);
        given().auth().oauth2(coordinator).get(compliance).then().statusCode(200)
                .body("findings.code", not(hasItem("REPORT_OVERDUE")));
    }

    @Test
    void complianceFlagsTheOverdueReportOfTheYearJustEndedAsTheReportDoes() {
        String d = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String coordinator = TestTokens.token("coord-" + d, d, "um-coordinator");
        // December 2026: the 2026-27 report is not due before June 2027, the 2025-26 one was due June 1, 2026
        dayIs(LocalDate.of(2026, 12, 1));
        given().auth().oauth2(coordinator).get("/api/reports/departments/" + d + "/2025-26").then().statusCode(200)
                .body("submission.dueDate", equalTo("2026-06-01"))
                .body("submission.overdue", equalTo(true));
        given().auth().oauth2(coordinator).get("/api/departments/" + d + "/compliance").then().statusCode(200)
                .body("compliant", equalTo(false))
                .body("findings.find { it.code == 'REPORT_OVERDUE' }.items", equalTo(List.of("2025-26")));
    }
}
