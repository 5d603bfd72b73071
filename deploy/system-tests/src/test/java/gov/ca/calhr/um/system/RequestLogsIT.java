package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.ManagedProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

/**
 * The services' logs as a log collector reads them: the system-test stack runs with
 * {@code UM_LOG_JSON=true}, so each line is one JSON object, and a line written while a request is
 * served carries that request's id (the caller's {@code X-Request-Id}) and its trace id.
 */
@ExtendWith(SharedStack.class)
class RequestLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRefusedRequestIsLoggedAsOneJsonLineWithItsRequestId() throws Exception {
        String requestId = "logs-" + UUID.randomUUID();
        String eddCoordinator = SharedStack.keycloak().userToken("edd-coordinator");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().auth().oauth2(eddCoordinator).header("X-Request-Id", requestId)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .get(SharedStack.url("participants-service") + "/api/departments/DGS/employees").then()
                .statusCode(403)
                .header("X-Request-Id", requestId);

        Path log = new ManagedProcess(SharedStack.layout(), "participants-service").logFile();
        JsonNode line = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> linesOf(log, requestId), not(empty())).get(0);
        assertThat(line.path("mdc").path("requestId").asText()).isEqualTo(requestId);
        // and the trace the caller's request belongs to (W3C traceparent), sampled or not
        assertThat(line.path("mdc").path("traceId").asText()).isEqualTo(traceId);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("message").asText()).contains("status=403");
        assertThat(line.has("timestamp")).isTrue();
    }

    /** The JSON lines of the log that carry the request id; a line that is not JSON fails the test. */
    private static List<JsonNode> linesOf(Path log, String requestId) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        for (String text : Files.readAllLines(log)) {
            if (!text.contains(requestId)) {
                continue;
            }
            assertThat(text).as("a log line is one JSON object").startsWith("{");
            found.add(JSON.readTree(text));
        }
        return found;
    }
}
