package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.testkit.PrometheusText;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portal reads' answers are kept only while nothing is committed (KeptReads): a change made
 * outside this service's own code paths (as another replica, or a batch, would make it) shows in
 * the next read, one still in progress does not, and a kept answer is only ever shown to a caller
 * with the same roles and claims.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class KeptReadsTest {

    @Inject
    DataSource database;

    private String employeeId;

    @BeforeEach
    void anEmployee() {
        Fixtures.catalogIsKnown();
        employeeId = id("E");
        assertThat(post(appointment(id("A"), employeeId, "DGS", OFFICE_TECHNICIAN))).isEqualTo(202);
    }

    private static String nameAs(String token, String employeeId) {
        return given().auth().oauth2(token).get("/api/employees/" + employeeId)
                .then().statusCode(200).extract().path("name");
    }

    private static double answeredAsKept() {
        return Math.max(0, PrometheusText.value(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                "um_kept_reads_total{outcome=\"kept\"}"));
    }

    private void rename(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update employee set name = ? where employee_id = ?")) {
            s.setString(1, name);
            s.setString(2, employeeId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * Until the employee's read is answered as kept: the relays write too (the appointment's events
     * published, its letter sent), and a change is only proven to end a kept answer once nothing else
     * is being written.
     */
    private void untilAnsweredAsKept() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera");
            double before = answeredAsKept();
            assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera");
            assertThat(answeredAsKept()).as("the same read again, nothing committed between").isGreaterThan(before);
        });
    }

    @Test
    void aReadRepeatedWithNothingCommittedIsAnsweredAsKept() {
        untilAnsweredAsKept();
    }

    @Test
    void aChangeCommittedElsewhereShowsInTheNextRead() throws SQLException {
        untilAnsweredAsKept();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(true);
            rename(c, "Alex Rivera-Ng");
        }
        assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera-Ng");
    }

    @Test
    void aChangeInProgressIsNotShownAndShowsOnceCommitted() throws SQLException {
        untilAnsweredAsKept();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            rename(c, "Alex Rivera-Okafor");
            // a later transaction ends before it: the newest transaction id is no longer the one in progress
            try (Connection other = database.getConnection();
                 PreparedStatement s = other.prepareStatement("select pg_current_xact_id()")) {
                other.setAutoCommit(true);
                s.executeQuery().close();
            }
            // read (and kept) while the change is in progress: the committed name
            assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera");
            assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera");
            c.commit();
        }
        assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera-Okafor");
    }

    @Test
    void anAnswerKeptForOneCallerIsNotShownToAnother() {
        assertThat(nameAs(DGS_COORDINATOR, employeeId)).isEqualTo("Alex Rivera");
        given().auth().oauth2(EDD_COORDINATOR).get("/api/employees/" + employeeId).then().statusCode(404);
        // the same person and department with other roles is another scope too
        String dgsEmployeeRole = TestTokens.token("dgs-coordinator", "DGS", "employee");
        given().auth().oauth2(dgsEmployeeRole).get("/api/employees/" + employeeId).then().statusCode(404);
        given().auth().oauth2(DGS_COORDINATOR).get("/api/employees/" + employeeId).then().statusCode(200)
                .body("employeeId", equalTo(employeeId));
    }
}
