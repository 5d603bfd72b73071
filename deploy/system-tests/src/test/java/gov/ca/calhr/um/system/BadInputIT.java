package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input of the wrong type, generated from every operation of every service's OpenAPI document:
 * each typed query and path parameter gets values that are not of its type (a word for a number,
 * {@code maybe} for a boolean, a day count or a non-ISO text for a date, a malformed UUID, a name
 * no enumeration has, a value outside its pattern), and each field of a JSON body a value of
 * another JSON type. Every such request, sent as a role the operation admits, is answered 400 with
 * a complete problem (type, title, status, detail, instance) whose violations name the parameter
 * or field, and none of them changes anything (no audit entry carries their request ids). Bodies
 * that are not JSON at all are answered 400 with the line and column where reading stopped.
 */
@ExtendWith(SharedStack.class)
class BadInputIT {

    private static final List<String> SERVICES = List.of("classification", "participants", "plans", "reporting");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String REQUEST_IDS = "bad-input-";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private int sent;

    @Test
    void everyParameterAndBodyFieldOfTheWrongTypeIsA400NamingIt() throws IOException {
        Keycloak keycloak = SharedStack.keycloak();
        AccessMatrixIT.USERS.forEach((role, user) -> tokens.put(role, keycloak.userToken(user)));
        tokens.put("hr-system", keycloak.hrSystemToken());
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String service : SERVICES) {
            String base = SharedStack.url(service + "-service");
            JsonNode doc = mapper.readTree(given().get(base + "/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    Operation operation = new Operation(base, op.getKey().toUpperCase(), path.getKey(), op.getValue(),
                            doc);
                    for (JsonNode parameter : op.getValue().path("parameters")) {
                        for (String wrong : wrongTexts(resolve(doc, parameter.path("schema")))) {
                            cases++;
                            check(operation, parameter.path("name").asText(), parameter.path("in").asText(), wrong,
                                    null, failures);
                        }
                    }
                    JsonNode body = resolve(doc, op.getValue().path("requestBody").path("content")
                            .path("application/json").path("schema"));
                    for (Iterator<Map.Entry<String, JsonNode>> fields = body.path("properties").fields();
                         fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        for (JsonNode wrong : wrongJson(resolve(doc, field.getValue()))) {
                            cases++;
                            ObjectNode content = NODES.objectNode();
                            content.set(field.getKey(), wrong);
                            check(operation, field.getKey(), "body", null, content.toString(), failures);
                        }
                    }
                    if (!body.isMissingNode()) {
                        cases++;
                        malformed(operation, failures);
                    }
                }
            }
        }
        System.out.printf("bad input: %d cases%n", cases);
        assertThat(cases).as("generated cases").isGreaterThan(500);
        assertThat(failures).isEmpty();
        for (String database : SERVICES) {
            assertThat(Drills.count(SharedStack.layout(), database,
                    "select count(*) from audit_entry where request_id like ?", REQUEST_IDS + "%"))
                    .as("audit entries of bad requests in " + database).isZero();
        }
    }

    record Operation(String base, String method, String template, JsonNode spec, JsonNode doc) {
    }

    private void check(Operation operation, String name, String in, String wrongText, String body,
                       List<String> failures) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        if ("path".equals(in)) {
            path.put(name, wrongText);
        } else if ("query".equals(in)) {
            query.put(name, wrongText);
        }
        Response response = send(operation, path, query, body != null ? body : defaultBody(operation));
        String what = "%s %s %s=%s%s".formatted(operation.method(), operation.template(), name,
                wrongText != null ? wrongText : "", body != null ? body : "");
        JsonNode problem = problemOf(response, what, failures);
        if (problem == null) {
            return;
        }
        List<String> named = new ArrayList<>();
        problem.path("violations").forEach(v -> named.add(v.path("field").asText()));
        boolean names = named.stream().anyMatch(field -> field.equals(name) || field.endsWith("." + name));
        if (!names) {
            failures.add(what + ": violations " + named + " do not name " + name + " (" + problem + ")");
        }
    }

    private void malformed(Operation operation, List<String> failures) {
        Response response = send(operation, Map.of(), Map.of(), "{\n  \"a\": 1,\n  oops\n}");
        String what = operation.method() + " " + operation.template() + " with malformed JSON";
        JsonNode problem = problemOf(response, what, failures);
        if (problem != null && (problem.path("line").asInt() != 3 || problem.path("column").asInt() < 3)) {
            failures.add(what + ": no line 3 and column in " + problem);
        }
    }

    /** The complete problem body of a 400, or null (with the failure noted). */
    private JsonNode problemOf(Response response, String what, List<String> failures) {
        if (response.statusCode() != 400) {
            failures.add(what + ": " + response.statusCode() + " " + response.contentType() + " "
                    + response.asString());
            return null;
        }
        List<String> lacking = AccessMatrixIT.incompleteProblem(mapper, response, what);
        if (!lacking.isEmpty()) {
            failures.addAll(lacking);
            return null;
        }
        try {
            return mapper.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(Operation operation, Map<String, String> pathValues, Map<String, String> query,
                          String body) {
        Matcher m = PARAM.matcher(operation.template());
        StringBuilder url = new StringBuilder(operation.base());
        while (m.find()) {
            String name = m.group(1);
            String value = pathValues.containsKey(name) ? pathValues.get(name)
                    : validPathValue(operation, name);
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        RequestSpecification request = given().urlEncodingEnabled(true)
                .header("X-Request-Id", REQUEST_IDS + (++sent))
                .auth().oauth2(tokenFor(operation.spec()));
        query.forEach(request::queryParam);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.request(operation.method(), url.toString());
    }

    private String defaultBody(Operation operation) {
        return operation.spec().path("requestBody").path("content").has("application/json") ? "{}" : null;
    }

    /** A value of the right type for a path parameter (the one under test gets the wrong one). */
    private String validPathValue(Operation operation, String name) {
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                JsonNode schema = resolve(operation.doc(), parameter.path("schema"));
                if ("uuid".equals(schema.path("format").asText())) {
                    return UUID.randomUUID().toString();
                }
            }
        }
        return switch (name) {
            case "department" -> "DGS";
            case "fiscalYear" -> "2025-26";
            case "classCode", "from", "to" -> "9990";
            case "schematicCode" -> "ZZ99";
            case "version" -> "1";
            default -> "X1";
        };
    }

    private String tokenFor(JsonNode operation) {
        JsonNode roles = operation.path("x-roles");
        for (JsonNode role : roles) {
            if (tokens.containsKey(role.asText())) {
                return tokens.get(role.asText());
            }
        }
        return tokens.get("um-coordinator");
    }

    /** Texts that are not of a parameter's type; none for a free-text parameter. */
    static List<String> wrongTexts(JsonNode schema) {
        if (schema.has("enum")) {
            return List.of("NO_SUCH_VALUE", "no_such_value");
        }
        String format = schema.path("format").asText();
        return switch (schema.path("type").asText()) {
            case "integer" -> List.of("abc", "1.5", "9999999999999999999999");
            case "number" -> List.of("abc", "1,5");
            case "boolean" -> List.of("maybe", "1", "TRUE");
            case "string" -> switch (format) {
                case "date" -> List.of("yesterday", "20260101", "2026-13-01", "2026-7-1");
                case "uuid" -> List.of("not-a-uuid", "1-1-1-1-1");
                default -> schema.has("pattern") && !"\\S".equals(schema.path("pattern").asText())
                        ? List.of("!!") : List.of();
            };
            default -> List.of();
        };
    }

    /** JSON values that are not of a body field's type. */
    static List<JsonNode> wrongJson(JsonNode schema) {
        if (schema.has("enum")) {
            return List.of(NODES.textNode("NO_SUCH_VALUE"), NODES.objectNode());
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> List.of(NODES.textNode("abc"), NODES.numberNode(1.5), NODES.objectNode());
            case "number" -> List.of(NODES.textNode("abc"), NODES.arrayNode());
            case "boolean" -> List.of(NODES.textNode("maybe"), NODES.objectNode());
            case "array" -> List.of(NODES.objectNode());
            case "object" -> List.of(NODES.arrayNode(), NODES.numberNode(7));
            case "string" -> "date".equals(schema.path("format").asText())
                    ? List.of(NODES.numberNode(20260101), NODES.textNode("2026-13-01"), NODES.textNode("yesterday"))
                    : List.of(NODES.objectNode(), NODES.arrayNode());
            default -> List.of();
        };
    }

    /** A schema with its $ref followed (one level, as the documents use them). */
    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
