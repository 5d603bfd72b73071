package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.stack.ProjectPaths;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event contract under deploy/events has a sample, and the sample conforms to it on its topic (asyncapi.yaml). */
class EventContractsTest {

    @TestFactory
    Stream<DynamicTest> everySchemaHasAConformingSample() throws IOException {
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(ProjectPaths.eventContracts())) {
            schemas = files.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(schemas).isNotEmpty();
        return schemas.stream().map(schema -> DynamicTest.dynamicTest(schema.getFileName().toString(), () -> {
            Path sample = schema.resolveSibling(schema.getFileName().toString()
                    .replace(".schema.json", ".sample.json"));
            assertThat(sample).isRegularFile();
            EventContracts.assertConforms(EventContracts.topicOf(schema), Files.readString(sample));
        }));
    }
}
