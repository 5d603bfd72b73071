package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.commons.mail.MailRelay;
import gov.ca.calhr.um.testkit.TestEvents;
import gov.ca.calhr.um.testkit.TestTokens;
import gov.ca.calhr.um.testkit.TopicWriter;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.participants.Fixtures.DGS_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.EDD_COORDINATOR;
import static gov.ca.calhr.um.participants.Fixtures.HR_SYSTEM;
import static gov.ca.calhr.um.participants.Fixtures.OFFICE_TECHNICIAN;
import static gov.ca.calhr.um.participants.Fixtures.appointment;
import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static gov.ca.calhr.um.participants.Fixtures.id;
import static gov.ca.calhr.um.participants.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Welcome letters mailed through the mail outbox (Quarkus' mock mailbox stands in for the SMTP
 * server here; the system tests mail to a real one): who gets what, the department's criteria and
 * coordinator, the notice marked delivered, the printable PDF, and the letters that must not go.
 * The relay's schedule is off in these tests: each test runs it when it wants the mail sent.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class WelcomeLettersTest {

    /** What the service states when a department has no criteria of its own (application.properties). */
    private static final String DEFAULT_CRITERIA = "You hold a low-paying entry-level (LPEL) classification";

    @Inject
    MockMailbox mailbox;

    @Inject
    MailRelay relay;

    @BeforeEach
    void catalogIsKnown() {
        Fixtures.catalogIsKnown();
    }

    private static Map<String, Object> appointmentOf(String employeeId, String department, String name, String email) {
        Map<String, Object> action = appointment(id("L"), employeeId, department, OFFICE_TECHNICIAN);
        Map<String, Object> employee = new HashMap<>(Map.of("name", name, "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        if (email != null) {
            employee.put("email", email);
        }
        action.put("employee", employee);
        return action;
    }

    private List<Mail> mailTo(String address) {
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null ? List.of() : mails;
    }

    private static String noticeOf(String employeeId, String token) {
        return given().auth().oauth2(token).get("/api/notices?employeeId=" + employeeId).then()
                .statusCode(200).extract().path("[0].noticeId");
    }

    @Test
    void lpelAppointeeIsMailedTheLetterAndTheNoticeIsDelivered() {
        String employeeId = id("EM");
        String email = "letter-" + UUID.randomUUID() + "@dgs.ca.gov";
        assertThat(post(appointmentOf(employeeId, "DGS", "Robin Lee", email))).isEqualTo(202);
        String noticeId = noticeOf(employeeId, DGS_COORDINATOR);
        assertThat(mailTo(email)).isEmpty();

        relay.relayDue();

        List<Mail> mails = mailTo(email);
        assertThat(mails).hasSize(1);
        Mail letter = mails.get(0);
        assertThat(letter.getTo()).containsExactly(email);
        assertThat(letter.getSubject()).contains("welcome letter", "Office Technician (Typing)");
        assertThat(letter.getText()).contains("Dear Robin Lee,", "class 1139", "September 1, 2025", DEFAULT_CRITERIA,
                "Pat Coordinator", "um@dgs.ca.gov", "916-555-0100", noticeId);
        assertThat(letter.getHtml()).contains("<strong>Office Technician (Typing)</strong>", "mailto:um@dgs.ca.gov");
        assertThat(letter.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getContentType()).isEqualTo("application/pdf");
            List<Byte> data = Multi.createFrom().publisher(a.getData()).collect().asList().await().indefinitely();
            byte[] head = new byte[5];
            for (int i = 0; i < head.length; i++) {
                head[i] = data.get(i);
            }
            assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        });
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .body("[0].deliveredAt", notNullValue());

        // sent once: the relay again finds nothing to send
        relay.relayDue();
        assertThat(mailTo(email)).hasSize(1);
    }

    @Test
    void theLetterPrintsForTheEmployeeAndTheDepartmentOnly() {
        String employeeId = id("EP");
        assertThat(post(appointmentOf(employeeId, "DGS", "Sam Ortiz", "sam." + UUID.randomUUID() + "@dgs.ca.gov")))
                .isEqualTo(202);
        String noticeId = noticeOf(employeeId, DGS_COORDINATOR);
        String employee = TestTokens.tokenFor("sam", "DGS", employeeId, "employee");
        byte[] pdf = given().auth().oauth2(employee).get("/api/notices/" + noticeId + "/letter.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices/" + noticeId + "/letter.pdf").then().statusCode(200);
        given().auth().oauth2(EDD_COORDINATOR).get("/api/notices/" + noticeId + "/letter.pdf").then()
                .statusCode(404).contentType("application/problem+json");
        String otherEmployee = TestTokens.tokenFor("someone", "DGS", id("EO"), "employee");
        given().auth().oauth2(otherEmployee).get("/api/notices/" + noticeId + "/letter.pdf").then().statusCode(404);
    }

    @Test
    void anEmployeeWithoutEmailHasTheLetterSentToTheCoordinatorToPrint() {
        String employeeId = id("EN");
        String name = "Jo Paper " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(appointmentOf(employeeId, "DGS", name, null))).isEqualTo(202);

        relay.relayDue();

        assertThat(mailTo("um@dgs.ca.gov")).filteredOn(m -> m.getSubject().contains(name)).singleElement()
                .satisfies(m -> {
                    assertThat(m.getSubject()).startsWith("To print and hand over:");
                    assertThat(m.getText()).contains(employeeId, "has no e-mail address", "Dear " + name + ",");
                    assertThat(m.getAttachments()).hasSize(1);
                });
    }

    @Test
    void aNoticeIssuedBeforeTheDepartmentNamedItsCoordinatorIsCompletedAndMailedWhenItDoes() {
        String department = "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String coordinator = TestTokens.token("coordinator", department, "um-coordinator");
        String employeeId = id("EE");
        String email = "early-" + UUID.randomUUID() + "@example.ca.gov";
        assertThat(post(appointmentOf(employeeId, department, "Kim Early", email))).isEqualTo(202);
        given().auth().oauth2(coordinator).get("/api/notices?employeeId=" + employeeId).then()
                .body("[0].coordinator", nullValue());
        relay.relayDue();
        assertThat(mailTo(email)).as("no coordinator to name yet: nothing mailed").isEmpty();

        String criteria = "Permanent full-time employees first, then by the supervisor's assessment";
        try (TopicWriter writer = new TopicWriter(bootstrap())) {
            writer.send("reporting.program.v1", department, TestEvents.departmentProgramChanged(department,
                    "Lee Named", "um@" + department.toLowerCase(Locale.ROOT) + ".ca.gov", "916-555-0199", criteria));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            relay.relayDue();
            return !mailTo(email).isEmpty();
        });
        assertThat(mailTo(email)).singleElement().satisfies(m -> assertThat(m.getText())
                .contains(criteria, "Lee Named", "um@" + department.toLowerCase(Locale.ROOT) + ".ca.gov")
                .doesNotContain(DEFAULT_CRITERIA));
        given().auth().oauth2(coordinator).get("/api/notices?employeeId=" + employeeId).then()
                .body("[0].coordinator.name", org.hamcrest.Matchers.equalTo("Lee Named"))
                .body("[0].criteria", org.hamcrest.Matchers.equalTo(criteria))
                .body("[0].deliveredAt", notNullValue());
    }

    @Test
    void aNoticeWithdrawnBeforeTheRelaysTurnIsNotMailed() {
        String employeeId = id("EC");
        String email = "cancel-" + UUID.randomUUID() + "@dgs.ca.gov";
        Map<String, Object> action = appointmentOf(employeeId, "DGS", "Ari Cancel", email);
        assertThat(post(action)).isEqualTo(202);
        given().auth().oauth2(HR_SYSTEM).contentType(ContentType.JSON).body(Map.of("reason", "keyed in error"))
                .post("/api/personnel-actions/" + action.get("actionId") + "/cancellation").then()
                .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                        .or(org.hamcrest.Matchers.is(202)));
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .body("[0].withdrawnAt", notNullValue());

        relay.relayDue();

        assertThat(mailTo(email)).isEmpty();
        given().auth().oauth2(DGS_COORDINATOR).get("/api/notices?employeeId=" + employeeId).then()
                .body("[0].deliveredAt", nullValue());
    }
}
