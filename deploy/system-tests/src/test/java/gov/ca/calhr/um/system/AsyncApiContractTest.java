package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.stack.NpmTool;
import gov.ca.calhr.um.stack.ProjectPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/events/asyncapi.yaml is a valid AsyncAPI 3.0 document (the official parser, with every
 * $ref to the JSON Schemas resolved, reports no error and no warning) and the whole contract:
 * every event schema is a message of it, every topic a service publishes, consumes or
 * dead-letters to is one of its channels, with an operation of that service; and the HR record's
 * schema says what the intake enforces (toClassCode for class-changing actions only,
 * cancelsActionId for cancellations only, ISO dates).
 */
class AsyncApiContractTest {

    private static final List<String> SERVICES =
            List.of("classification-service", "participants-service", "plans-service", "reporting-service");
    private static final String HR_TOPIC = "hr.personnel-actions.v1";

    @Test
    void theOfficialParserFindsNothingWrong() throws IOException, InterruptedException {
        Path document = ProjectPaths.eventContracts().resolve("asyncapi.yaml");
        Path script = ProjectPaths.eventContracts().resolve("validate-asyncapi.cjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString(), document.toString())
                .redirectErrorStream(true);
        node.environment().put("NODE_PATH", NpmTool.ASYNCAPI_PARSER.modules().toString());
        Process parser = node.start();
        String out;
        try (InputStream in = parser.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(parser.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(out.lines().filter(l -> !l.contains("\"ok\":true")).toList()).as("parser findings").isEmpty();
        assertThat(parser.exitValue()).as(out).isZero();
        assertThat(out).contains("\"ok\":true");
    }

    @Test
    void everyEventSchemaIsAMessageOfTheDocument() throws IOException {
        JsonNode messages = EventContracts.asyncApi().path("components").path("messages");
        Set<String> referenced = new TreeSet<>();
        messages.forEach(m -> {
            String ref = m.path("payload").path("schema").path("$ref").asText();
            if (!ref.isEmpty()) { // a dead letter's payload is the original record, whatever it was
                referenced.add(ref);
            }
        });
        List<String> schemas;
        try (Stream<Path> files = Files.walk(ProjectPaths.eventContracts())) {
            schemas = files.filter(p -> p.getFileName().toString().endsWith(".schema.json"))
                    .map(p -> "./" + ProjectPaths.eventContracts().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(schemas).isNotEmpty();
        assertThat(referenced).containsAll(schemas);
        for (String ref : referenced) {
            assertThat(ProjectPaths.eventContracts().resolve(ref)).as(ref).isRegularFile();
        }
    }

    @Test
    void everyTopicOfEveryServiceIsAChannelWithItsOperation() throws IOException {
        JsonNode operations = EventContracts.asyncApi().path("operations");
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            Properties config = new Properties();
            try (InputStream in = Files.newInputStream(ProjectPaths.root().resolve(service)
                    .resolve("src/main/resources/application.properties"))) {
                config.load(in);
            }
            String prefix = service.replace("-service", "");
            for (String key : config.stringPropertyNames()) {
                String value = config.getProperty(key).trim();
                if (key.equals("um.kafka.topics")) {
                    for (String topic : value.split("\\s*,\\s*")) {
                        missing.addAll(operation(operations, prefix, "send", topic));
                    }
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")
                        || key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                    missing.addAll(operation(operations, prefix, "send", value));
                } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    missing.addAll(operation(operations, prefix, "receive", value));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** What is missing for {@code service} to {@code action} on {@code topic}: its channel, or its operation. */
    private static List<String> operation(JsonNode operations, String service, String action, String topic) {
        JsonNode channel;
        try {
            channel = EventContracts.channel(topic);
        } catch (AssertionError e) {
            return List.of(e.getMessage());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = operations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> op = it.next();
            String ref = op.getValue().path("channel").path("$ref").asText();
            boolean thisChannel = EventContracts.asyncApi().at(ref.substring(1)).equals(channel);
            if (thisChannel && op.getKey().startsWith(service) && action.equals(op.getValue().path("action").asText())) {
                return List.of();
            }
        }
        return List.of("no " + action + " operation of " + service + " on " + topic);
    }

    @Test
    void theHrRecordSchemaStatesWhatTheIntakeEnforces() throws IOException {
        String example = Files.readString(ProjectPaths.eventContracts().resolve("hr/PersonnelActionRecord.v1.sample.json"));
        EventContracts.assertConforms(HR_TOPIC, example);
        // records as the drills and benchmarks publish them
        Drills.actionsOf("DGS", 7).forEach(action -> EventContracts.assertConforms(HR_TOPIC, action));

        String promotion = """
                {"actionId":"A1","actionType":"PROMOTION","employeeId":"E1","department":"DGS","positionNumber":"P1",
                 "transactionCode":"P01","effectiveDate":"2026-07-01"%s}""";
        refused(promotion.formatted(""), "toClassCode");
        EventContracts.assertConforms(HR_TOPIC, promotion.formatted(",\"toClassCode\":\"5157\""));
        refused(promotion.formatted(",\"toClassCode\":\"5157\",\"cancelsActionId\":\"A0\""), "cancelsActionId");
        refused(promotion.formatted(",\"toClassCode\":\"51\""), "toClassCode");
        refused(promotion.formatted(",\"toClassCode\":\"5157\",\"sequence\":-1"), "sequence");
        refused(promotion.formatted(",\"toClassCode\":\"5157\",\"unknownField\":1"), "unknownField");
        refused(promotion.replace("\"2026-07-01\"", "20260701").formatted(",\"toClassCode\":\"5157\""),
                "effectiveDate");

        String separation = """
                {"actionId":"A2","actionType":"SEPARATION","employeeId":"E1","department":"DGS","positionNumber":"P1",
                 "transactionCode":"S01","effectiveDate":"2026-07-01"%s}""";
        EventContracts.assertConforms(HR_TOPIC, separation.formatted(""));
        refused(separation.formatted(",\"toClassCode\":\"5157\""), "toClassCode");

        String cancellation = """
                {"actionId":"A3","actionType":"CANCELLATION","employeeId":"E1","department":"DGS","positionNumber":"P1",
                 "transactionCode":"C01","effectiveDate":"2026-07-01"%s}""";
        refused(cancellation.formatted(""), "cancelsActionId");
        EventContracts.assertConforms(HR_TOPIC, cancellation.formatted(",\"cancelsActionId\":\"A1\""));
    }

    @Test
    void aCloudEventOnAnotherTopicThanItsOwnIsRefused() throws IOException {
        String sample = Files.readString(ProjectPaths.eventContracts()
                .resolve("participants/UmAppointmentRecorded.v1.sample.json"));
        EventContracts.assertConforms("participants.employee.v1", sample);
        assertThatThrownBy(() -> EventContracts.assertConforms("plans.plan.v1", sample))
                .isInstanceOf(AssertionError.class).hasMessageContaining("plans.plan.v1");
    }

    private static void refused(String record, String field) {
        assertThatThrownBy(() -> EventContracts.assertConforms(HR_TOPIC, record)).as(record)
                .isInstanceOf(AssertionError.class).hasMessageContaining(field);
    }
}
