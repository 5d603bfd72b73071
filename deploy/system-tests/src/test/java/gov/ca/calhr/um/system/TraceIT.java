package gov.ca.calhr.um.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace follows a personnel action from the HR system's REST call, through participants-service's
 * transaction and outbox, the Kafka record (its {@code traceparent} header) into reporting-service's
 * tally: the spans the services export (to the test's OTLP receiver) all carry the trace id the
 * caller sent, and the request's span is the child of the caller's.
 */
@ExtendWith(SharedStack.class)
class TraceIT {

    @Test
    void aPersonnelActionIsOneTraceFromTheRestCallIntoReportingsTally() {
        OtlpReceiver receiver = OtlpReceiver.start();
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        String callerSpan = hex.formatHex(randomBytes(8));
        String employeeId = "DGS-TR-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, Object> appointment = Map.of("actionId", "TR-" + UUID.randomUUID(), "actionType", "APPOINTMENT",
                "employeeId", employeeId, "department", "DGS", "positionNumber", "307-110-1139-077",
                "toClassCode", "1139", "transactionCode", "A01", "effectiveDate", "2021-03-01",
                "employee", Map.of("name", "Trace Employee", "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        String hrSystem = SharedStack.keycloak().hrSystemToken();
        String participants = SharedStack.url("participants-service");
        // the catalog reaches participants-service as events after start-up: 422 until it has class 1139
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(hrSystem).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                        .contentType(ContentType.JSON).body(appointment)
                        .post(participants + "/api/personnel-actions").statusCode() != 422);

        List<OtlpReceiver.Span> spans = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.trace(traceId), found ->
                        found.stream().anyMatch(s -> s.service().equals("reporting-service"))
                                && found.stream().anyMatch(s -> s.service().equals("participants-service")
                                && s.kind().equals("SPAN_KIND_SERVER")));
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.service()).isEqualTo("participants-service");
            assertThat(s.kind()).isEqualTo("SPAN_KIND_SERVER");
            assertThat(s.parentSpanId()).as("the request's span is the caller's child").isEqualTo(callerSpan);
        });
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.service()).isEqualTo("reporting-service");
            assertThat(s.kind()).isEqualTo("SPAN_KIND_CONSUMER");
            assertThat(s.name()).contains("participants.employee.v1");
        });
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero (an invalid id)
        return bytes;
    }
}
