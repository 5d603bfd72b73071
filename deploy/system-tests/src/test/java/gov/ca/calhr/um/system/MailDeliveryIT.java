package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Welcome letters reach a real SMTP server (GreenMail, started by the launcher like every other
 * component) and are read back from its inbox: recipient, subject, the department's own selection
 * criteria and coordinator, the printable PDF attached; the notice is marked delivered once the
 * server took it. With the mail server stopped nothing is lost: the letter waits in the outbox and
 * arrives after the server is back.
 */
@ExtendWith(SharedStack.class)
class MailDeliveryIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private String participants;
    private String hrSystem;
    private String coordinator;
    private String criteria;

    @BeforeEach
    void departmentProgramWithItsOwnCriteria() {
        Keycloak keycloak = SharedStack.keycloak();
        participants = SharedStack.url("participants-service");
        hrSystem = keycloak.hrSystemToken();
        coordinator = keycloak.userToken("dgs-coordinator");
        criteria = "DGS selects permanent full-time employees first (run " + UUID.randomUUID() + ")";
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("coordinatorName", "Dana Coordinator", "coordinatorEmail", "um@dgs.example.ca.gov",
                        "coordinatorPhone", "916-555-0142", "selectionCriteria", criteria))
                .put(SharedStack.url("reporting-service") + "/api/departments/DGS/program").then().statusCode(200);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> criteria.equals(
                given().auth().oauth2(coordinator).get(participants + "/api/departments/DGS/program-settings")
                        .path("selectionCriteria")));
    }

    private Map<String, Object> lpelAppointment(String employeeId, String email) {
        return Map.of("actionId", "IT-" + UUID.randomUUID(), "actionType", "APPOINTMENT", "employeeId", employeeId,
                "department", "DGS", "positionNumber", "307-110-1139-077", "toClassCode", "1139",
                "transactionCode", "A01", "effectiveDate", "2026-02-02",
                "employee", Map.of("name", "Morgan Mail", "email", email,
                        "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
    }

    /** The first appointments reach participants-service only once it has the catalog. */
    private void post(Map<String, Object> action) {
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth().oauth2(hrSystem)
                .contentType(ContentType.JSON).body(action).post(participants + "/api/personnel-actions")
                .statusCode() == 202);
    }

    /** The messages GreenMail holds for {@code email} (none before the first arrives). */
    private static List<JsonNode> inbox(String email) throws Exception {
        Response r = given().get(SharedStack.layout().mailApiUrl() + "/api/user/" + email + "/messages/INBOX");
        if (r.statusCode() != 200) {
            return List.of();
        }
        JsonNode messages = JSON.readTree(r.asString());
        return messages.isArray() ? List.copyOf(JSON.convertValue(messages,
                JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class))) : List.of();
    }

    /** The raw message with quoted-printable soft line breaks and escapes undone, to read its text. */
    private static String readable(JsonNode message) {
        String raw = message.path("mimeMessage").asText().replace("=\r\n", "").replace("=\n", "");
        Matcher m = Pattern.compile("=([0-9A-F]{2})").matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String deliveredAt(String employeeId) {
        return given().auth().oauth2(coordinator).get(participants + "/api/notices?employeeId=" + employeeId)
                .then().statusCode(200).extract().path("[0].deliveredAt");
    }

    private static double failedLetters() {
        String metrics = given().get(SharedStack.url("participants-service") + "/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines().filter(l -> l.startsWith("um_mail_letters_total{") && l.contains("outcome=\"failed\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theWelcomeLetterArrivesWithTheDepartmentsCriteriaAndCoordinator() throws Exception {
        String employeeId = "DGS-ML-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "letter-" + UUID.randomUUID() + "@example.ca.gov";
        post(lpelAppointment(employeeId, email));

        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> !inbox(email).isEmpty());
        List<JsonNode> messages = inbox(email);
        assertThat(messages).hasSize(1);
        JsonNode letter = messages.get(0);
        assertThat(letter.path("subject").asText()).contains("welcome letter", "Office Technician");
        String text = readable(letter);
        assertThat(text).contains("To: " + email, "Dear Morgan Mail,", criteria, "Dana Coordinator",
                "um@dgs.example.ca.gov", "916-555-0142", "application/pdf", "um-welcome-letter-");
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> deliveredAt(employeeId) != null);
    }

    @Test
    void aLetterWaitsWhileTheMailServerIsDownAndArrivesWhenItIsBack() throws Exception {
        String employeeId = "DGS-MO-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "outage-" + UUID.randomUUID() + "@example.ca.gov";
        double failedBefore = failedLetters();
        SharedStack.stack().mail().stop(Duration.ofSeconds(30));
        try {
            post(lpelAppointment(employeeId, email));
            // the relay tried, the server was away: the letter stays in the outbox, the notice undelivered
            await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> failedLetters() > failedBefore);
            assertThat(deliveredAt(employeeId)).isNull();
        } finally {
            SharedStack.stack().up();
        }
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> !inbox(email).isEmpty());
        assertThat(inbox(email)).hasSize(1);
        assertThat(readable(inbox(email).get(0))).contains("Dear Morgan Mail,", criteria);
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> deliveredAt(employeeId) != null);
    }
}
