package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.participants.Fixtures.ANALYST;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.action;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The coordinator's search of the department's employees: each filter alone and combined, the
 * name in any case and with LIKE's wildcards taken literally, CSV with the same rows, bad filters
 * named, another department refused. Each test has a department of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class EmployeeSearchTest {

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static String appoint(String department, String name, String classCode, String supervisorId) {
        String employeeId = id("S");
        Map<String, Object> a = appointment(id("A"), employeeId, department, classCode);
        a.put("employee", Map.of("name", name, "email", employeeId.toLowerCase(Locale.ROOT) + "@example.ca.gov",
                "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        if (supervisorId != null) {
            a.put("supervisorId", supervisorId);
        }
        assertThat(post(a)).isEqualTo(202);
        return employeeId;
    }

    @Test
    void theCoordinatorFindsEmployeesByNameClassSupervisorEligibilityAndStatus() {
        String d = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String coordinator = TestTokens.token("c", d, "um-coordinator");
        String robin = appoint(d, "Robin O'Hara", OFFICE_TECHNICIAN, "SUP-1");
        String robert = appoint(d, "Robert 100% Sure", OFFICE_TECHNICIAN, "SUP-2");
        String alex = appoint(d, "Alex Analyst", ANALYST, "SUP-1");
        String gone = appoint(d, "Robin Gone", OFFICE_TECHNICIAN, "SUP-1");
        assertThat(post(action(id("X"), "SEPARATION", gone, d, null, "2025-10-01"))).isEqualTo(202);
        String base = "/api/departments/" + d + "/employees";

        given().auth().oauth2(coordinator).get(base + "?size=500").then().statusCode(200)
                .body("total", equalTo(4));
        given().auth().oauth2(coordinator).get(base + "?name=ROB").then()
                .body("items.employeeId", containsInAnyOrder(robin, robert, gone));
        // % and _ are letters here, not wildcards
        given().auth().oauth2(coordinator).queryParam("name", "100%").get(base).then()
                .body("items.employeeId", containsInAnyOrder(robert));
        given().auth().oauth2(coordinator).get(base + "?name=_").then().body("total", equalTo(0));
        given().auth().oauth2(coordinator).get(base + "?classCode=" + ANALYST).then()
                .body("items.employeeId", containsInAnyOrder(alex));
        given().auth().oauth2(coordinator).get(base + "?supervisorId=SUP-1").then()
                .body("items.employeeId", containsInAnyOrder(robin, alex, gone));
        given().auth().oauth2(coordinator).get(base + "?status=SEPARATED").then()
                .body("items.employeeId", containsInAnyOrder(gone));
        given().auth().oauth2(coordinator).get(base + "?eligible=true&supervisorId=SUP-1&name=robin").then()
                .body("items.employeeId", containsInAnyOrder(robin))
                .body("items[0].currentClassTitle", equalTo("Office Technician (Typing)"))
                .body("items[0].lpelEligible", equalTo(true));

        String csv = given().auth().oauth2(coordinator).get(base + ".csv?supervisorId=SUP-1").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("employeeId,name,email,status,classCode,classTitle,umCategory,"
                + "lpelEligible,supervisorId,participantStatus");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(robin + ",Robin O'Hara,")
                .contains(",ACTIVE,1139,Office Technician (Typing),LPEL,true,SUP-1,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(gone + ",").contains(",SEPARATED,"));
    }

    @Test
    void badFiltersAreNamedAndOtherDepartmentsRefused() {
        String coordinator = TestTokens.token("c", "DGS", "um-coordinator");
        given().auth().oauth2(coordinator).get("/api/departments/DGS/employees?classCode=11").then().statusCode(400)
                .body("violations.field", hasItem("classCode"));
        given().auth().oauth2(coordinator).get("/api/departments/DGS/employees?status=RETIRED").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        given().auth().oauth2(coordinator).get("/api/departments/EDD/employees.csv").then().statusCode(403);
        given().auth().oauth2(TestTokens.tokenFor("e", "DGS", "DGS-E1", "employee"))
                .get("/api/departments/DGS/employees.csv").then().statusCode(403);
    }
}
