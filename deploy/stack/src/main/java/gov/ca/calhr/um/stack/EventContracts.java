package gov.ca.calhr.um.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The event contracts under deploy/events: {@code <Type>.v<n>.schema.json} and a sample
 * {@code <Type>.v<n>.sample.json} per event type, in a folder per producing service.
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
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
