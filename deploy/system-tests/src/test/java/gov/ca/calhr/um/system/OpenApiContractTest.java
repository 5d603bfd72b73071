package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.NpmTool;
import gov.ca.calhr.um.stack.ProjectPaths;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document each service's build stores ({@code <service>/target/openapi/openapi.json})
 * is a complete contract: Spectral's OpenAPI ruleset finds nothing in it, and every operation is
 * named, described, answers typed bodies and documents its errors as problem details.
 */
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES =
            List.of("classification-service", "participants-service", "plans-service", "reporting-service");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> PROBLEM_SCHEMAS =
            Set.of("#/components/schemas/HttpProblem", "#/components/schemas/HttpValidationProblem");

    @TestFactory
    Stream<DynamicNode> everyServicesDocument() {
        return SERVICES.stream().map(service -> {
            Path document = ProjectPaths.root().resolve(service).resolve("target/openapi/openapi.json");
            return DynamicContainer.dynamicContainer(service, Stream.of(
                    DynamicTest.dynamicTest("Spectral spectral:oas finds nothing", () -> lintsClean(document)),
                    DynamicTest.dynamicTest("operations are named and described", () -> forEachOperation(document,
                            OpenApiContractTest::namedAndDescribed)),
                    DynamicTest.dynamicTest("every parameter is described", () -> forEachOperation(document,
                            OpenApiContractTest::parametersDescribed)),
                    DynamicTest.dynamicTest("success bodies are typed", () -> forEachOperation(document,
                            OpenApiContractTest::successTyped)),
                    DynamicTest.dynamicTest("errors are problem details", () -> forEachOperation(document,
                            OpenApiContractTest::errorsDocumented)),
                    DynamicTest.dynamicTest("patterns match whole values", () -> patternsAnchored(document))));
        });
    }

    private static void lintsClean(Path document) throws IOException, InterruptedException {
        assertThat(document).as("stored by the service's build (quarkus.smallrye-openapi.store-schema-directory)")
                .isRegularFile();
        Path ruleset = ProjectPaths.root().resolve("deploy/openapi/.spectral.yaml");
        Path out = Files.createTempFile("spectral", ".json");
        Process spectral = new ProcessBuilder(NpmTool.SPECTRAL.executable().toString(), "lint", "--quiet",
                "--format", "json", "--ruleset", ruleset.toString(), document.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(spectral.waitFor(5, TimeUnit.MINUTES)).as("spectral finished").isTrue();
        String report = Files.readString(out);
        Files.delete(out);
        JsonNode results = JSON.readTree(report.isBlank() ? "[]" : report);
        List<String> found = new ArrayList<>();
        results.forEach(r -> found.add(r.path("code").asText() + " at " + r.path("path") + ": "
                + r.path("message").asText()));
        assertThat(found).as("Spectral's findings in " + document).isEmpty();
    }

    private static void namedAndDescribed(String where, JsonNode operation) {
        assertThat(operation.path("operationId").asText()).as(where + " operationId").matches("[a-z][A-Za-z0-9]+");
        assertThat(operation.path("summary").asText()).as(where + " summary").isNotBlank();
        assertThat(operation.path("description").asText()).as(where + " description").isNotBlank();
        assertThat(operation.path("tags")).as(where + " tags").isNotEmpty();
        operation.path("tags").forEach(tag ->
                assertThat(tag.asText()).as(where + " tag named for the domain").doesNotContain("Resource"));
    }

    private static void parametersDescribed(String where, JsonNode operation) {
        operation.path("parameters").forEach(p -> assertThat(p.path("description").asText())
                .as(where + " parameter " + p.path("name").asText()).isNotBlank());
    }

    private static void successTyped(String where, JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        boolean success = false;
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            success = true;
            if ("204".equals(response.getKey())) {
                assertThat(response.getValue().has("content")).as(where + " 204 has no body").isFalse();
                continue;
            }
            JsonNode content = response.getValue().path("content");
            assertThat(content.size()).as(where + " " + response.getKey() + " content").isPositive();
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                assertThat(schema.has("$ref") || schema.has("type"))
                        .as(where + " " + response.getKey() + " " + media.getKey() + " schema " + schema).isTrue();
            });
        }
        assertThat(success).as(where + " documents its success").isTrue();
    }

    private static void errorsDocumented(String where, JsonNode operation) {
        JsonNode responses = operation.path("responses");
        boolean secured = operation.path("security").size() > 0;
        boolean input = operation.has("requestBody") || operation.path("parameters").size() > 0;
        if (secured) {
            assertThat(responses.has("401") && responses.has("403")).as(where + " documents 401 and 403").isTrue();
        }
        if (input) {
            assertThat(responses.has("400")).as(where + " documents 400").isTrue();
        }
        if (operation.has("requestBody")) {
            assertThat(responses.has("415")).as(where + " documents 415").isTrue();
        }
        responses.fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode schema = response.getValue().path("content").path("application/problem+json").path("schema");
                assertThat(schema.path("$ref").asText()).as(where + " " + response.getKey() + " problem+json")
                        .isIn(PROBLEM_SCHEMAS);
            }
        });
    }

    /** Bean Validation matches a whole value; a published pattern says so ({@code \S} is how @NotBlank is shown). */
    private static void patternsAnchored(Path document) throws IOException {
        List<String> patterns = new ArrayList<>();
        JSON.readTree(document.toFile()).findValues("pattern").forEach(p -> {
            if (p.isTextual()) {
                patterns.add(p.asText());
            }
        });
        assertThat(patterns).as("patterns in " + document).isNotEmpty();
        for (String pattern : patterns) {
            Pattern.compile(pattern);
            if (!"\\S".equals(pattern)) {
                assertThat(pattern).as("anchored").startsWith("^").endsWith("$");
            }
        }
    }

    private static void forEachOperation(Path document, BiConsumer<String, JsonNode> check) throws IOException {
        JsonNode paths = JSON.readTree(document.toFile()).path("paths");
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                    operations++;
                }
            }
        }
        assertThat(operations).as("operations in " + document).isPositive();
    }
}
