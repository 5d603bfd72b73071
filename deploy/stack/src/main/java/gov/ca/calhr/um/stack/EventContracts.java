package gov.ca.calhr.um.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The event contracts under deploy/events: {@code <Type>.v<n>.schema.json} and a sample
 * {@code <Type>.v<n>.sample.json} per event type, in a folder per producing service.
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static JsonNode asyncApi;
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContracts() {
    }

    /** Throws AssertionError unless {@code eventJson} conforms to the schema of its type and version. */
    public static void assertConforms(String eventJson) {
        JsonNode event = read(eventJson);
        String type = event.path("type").asText();
        int version = event.path("eventversion").asInt();
        Path schemaFile = find(type + ".v" + version + ".schema.json");
        Set<ValidationMessage> errors = schema(schemaFile).validate(event);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " v" + version + " breaks " + schemaFile.getFileName() + ": " + errors);
        }
    }

    /**
     * Throws AssertionError unless {@code recordJson}, read from {@code topic}, is a message the
     * AsyncAPI document ({@code deploy/events/asyncapi.yaml}) declares on that topic's channel and
     * conforms to that message's payload schema: a CloudEvent of one of the channel's types, or
     * the plain record of a channel with one message that is not a CloudEvent (HR's actions).
     */
    public static void assertConforms(String topic, String recordJson) {
        JsonNode channel = channel(topic);
        JsonNode record = read(recordJson);
        List<String> messages = new ArrayList<>();
        channel.path("messages").fieldNames().forEachRemaining(messages::add);
        String type = record.path("type").asText();
        boolean cloudEvent = record.has("specversion");
        String message = cloudEvent ? type : messages.size() == 1 ? messages.get(0) : "";
        if (!messages.contains(message)) {
            throw new AssertionError("topic " + topic + " carries " + messages + " (asyncapi.yaml), not "
                    + (cloudEvent ? type : recordJson));
        }
        String ref = asyncApi().path("components").path("messages").path(message).path("payload").path("schema")
                .path("$ref").asText();
        Path schemaFile = ProjectPaths.eventContracts().resolve(ref).normalize();
        Set<ValidationMessage> errors = schema(schemaFile).validate(record);
        if (!errors.isEmpty()) {
            throw new AssertionError(message + " on " + topic + " breaks " + schemaFile.getFileName() + ": " + errors);
        }
    }

    /** The topic whose channel carries the message with payload {@code schemaFile}. */
    public static String topicOf(Path schemaFile) {
        Path wanted = schemaFile.toAbsolutePath().normalize();
        JsonNode doc = asyncApi();
        for (JsonNode channel : doc.path("channels")) {
            for (JsonNode message : channel.path("messages")) {
                JsonNode resolved = doc.at(message.path("$ref").asText().substring(1));
                String ref = resolved.path("payload").path("schema").path("$ref").asText();
                if (!ref.isEmpty() && ProjectPaths.eventContracts().resolve(ref).toAbsolutePath().normalize()
                        .equals(wanted)) {
                    return channel.path("address").asText();
                }
            }
        }
        throw new AssertionError(schemaFile.getFileName() + " is the payload of no channel of asyncapi.yaml");
    }

    /** The channel of the AsyncAPI document whose address is {@code topic}. */
    public static JsonNode channel(String topic) {
        for (JsonNode channel : asyncApi().path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new AssertionError("topic " + topic + " is not a channel of deploy/events/asyncapi.yaml");
    }

    /** deploy/events/asyncapi.yaml, read once. */
    public static synchronized JsonNode asyncApi() {
        if (asyncApi == null) {
            try {
                asyncApi = YAML.readTree(ProjectPaths.eventContracts().resolve("asyncapi.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return asyncApi;
    }

    public static Path find(String fileName) {
        try (Stream<Path> files = Files.walk(ProjectPaths.eventContracts())) {
            return files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event contract " + fileName + " under deploy/events"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonSchema schema(Path schemaFile) {
        try {
            return FACTORY.getSchema(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("event is not JSON: " + json, e);
        }
    }
}
