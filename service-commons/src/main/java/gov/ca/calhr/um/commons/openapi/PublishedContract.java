package gov.ca.calhr.um.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every service's OpenAPI document states beyond what Quarkus derives from the resources, so
 * that a generated client and a reader get the whole contract:
 * <ul>
 * <li>each operation is named (its Java method; the resource's name is added where two share a
 * method name) and described (its summary and the roles that may call it);</li>
 * <li>every status the framework and the exception mappers can answer is documented with the RFC
 * 9457 problem-details schema ({@code application/problem+json}): 400 for any parameter or body
 * (with the violations naming each field), 401 and 403 where a token is required, 404 where a path
 * names a resource, 409 for writes, 415 and 422 for a body; an operation's own
 * {@code @APIResponse} stays as it is written;</li>
 * <li>parameters the services share (department, fiscal year, page, size, identifiers) are described
 * by name; the others carry {@code @Parameter} on the resource;</li>
 * <li>Bean Validation patterns match the whole value; the published ones are anchored to say so;</li>
 * <li>every tag used is defined, and the server is the document's own host.</li>
 * </ul>
 * It runs after Quarkus' own filters (stage RUN, and so also when the build stores the document).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class PublishedContract implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "#/components/schemas/HttpProblem";
    static final String VALIDATION_PROBLEM = "#/components/schemas/HttpValidationProblem";

    /** Parameters several services take under the same name, with the same meaning. */
    static final Map<String, String> SHARED_PARAMETERS = Map.ofEntries(
            Map.entry("department", "The department's code, e.g. DGS (callers other than CalHR see their own only)"),
            Map.entry("fiscalYear", "A state fiscal year, July 1 to June 30, written 2025-26"),
            Map.entry("page", "Page number, from 0"),
            Map.entry("size", "Entries per page"),
            Map.entry("asOf", "The day the answer is true on (ISO date, default today)"),
            Map.entry("entity", "The kind of entity whose changes to list, e.g. Participant"),
            Map.entry("id", "The entity's identifier"),
            Map.entry("status", "Keep only entries in this status"),
            Map.entry("classCode", "A 4-digit class code, e.g. 1138"),
            Map.entry("employeeId", "The employee's identifier in the HR system"),
            Map.entry("actionId", "The personnel action's identifier, as HR sent it"),
            Map.entry("applicationId", "The application's identifier"),
            Map.entry("activityId", "The plan activity's identifier"),
            Map.entry("assignmentId", "The T&D assignment's identifier"),
            Map.entry("noticeId", "The welcome notice's identifier"),
            Map.entry("opportunityId", "The opportunity's identifier"),
            Map.entry("participantId", "The participant's identifier"),
            Map.entry("planId", "The career development plan's identifier"));

    private static final String NOT_BLANK = "\\S";

    /** Path parameters that select among a caller's own data rather than name a resource that may be missing. */
    private static final Set<String> SCOPE_PARAMETERS = Set.of("department");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        List<Operation> operations = new ArrayList<>();
        paths.values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            operations.add(operation);
            described(operation);
            parametersDescribed(operation, item);
            problemResponses(operation, method, item);
            otherMediaTypesTyped(operation);
        }));
        named(operations);
        tagsDefined(openAPI, operations);
        if (openAPI.getComponents() != null) {
            anchored(openAPI.getComponents());
        }
        paths.values().forEach(item -> item.getOperations().values().forEach(PublishedContract::anchoredInline));
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("This service, at the address the document was read from"));
        }
    }

    // --- names and descriptions -------------------------------------------------------------------

    /**
     * Quarkus names each operation {@code Resource_method} (operation-id-strategy CLASS_METHOD). The
     * method's name alone is kept where it is unique in the document; otherwise the resource's name
     * (without "Resource") is appended, e.g. {@code getPlan}, {@code listParticipant}.
     */
    static void named(Collection<Operation> operations) {
        Map<String, Integer> byMethod = new HashMap<>();
        for (Operation operation : operations) {
            byMethod.merge(methodName(operation.getOperationId()), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        for (Operation operation : operations) {
            String id = operation.getOperationId();
            if (id == null) {
                continue;
            }
            String method = methodName(id);
            String name = byMethod.get(method) == 1 ? method : method + resourceName(id);
            String unique = name;
            for (int n = 2; !taken.add(unique); n++) {
                unique = name + n;
            }
            operation.setOperationId(unique);
        }
    }

    private static String methodName(String id) {
        return id == null ? "" : id.substring(id.indexOf('_') + 1);
    }

    private static String resourceName(String id) {
        int separator = id.indexOf('_');
        return separator < 0 ? "" : id.substring(0, separator).replaceAll("Resource$", "");
    }

    /** An operation without a description gets its summary and who may call it. */
    static void described(Operation operation) {
        if (operation.getDescription() != null && !operation.getDescription().isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder(operation.getSummary() == null ? "" : operation.getSummary());
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append("Roles: ").append(String.join(", ", roles)).append('.');
        } else if (secured(operation)) {
            text.append(text.isEmpty() ? "" : " ").append("Any signed-in caller.");
        } else {
            text.append(text.isEmpty() ? "" : " ").append("No sign-in required.");
        }
        operation.setDescription(text.toString());
    }

    /** The roles an operation admits: {@code x-roles} once SignInScheme has moved them, else the scheme's scopes. */
    @SuppressWarnings("unchecked")
    static List<String> roles(Operation operation) {
        Object extension = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
        if (extension instanceof List<?> list && !list.isEmpty()) {
            return (List<String>) list;
        }
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                List<String> scopes = requirement.getScheme(SignInScheme.NAME);
                if (scopes != null) {
                    roles.addAll(scopes);
                }
            }
        }
        return roles;
    }

    static boolean secured(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static void parametersDescribed(Operation operation, PathItem item) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        for (Parameter parameter : parameters) {
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                String shared = SHARED_PARAMETERS.get(parameter.getName());
                if (shared != null) {
                    parameter.setDescription(shared);
                }
            }
        }
    }

    static void tagsDefined(OpenAPI openAPI, Collection<Operation> operations) {
        Set<String> defined = new HashSet<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> defined.add(tag.getName()));
        }
        Set<String> used = new TreeSet<>();
        operations.forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        });
        used.removeAll(defined);
        for (String name : used) {
            Tag tag = OASFactory.createTag().name(name);
            openAPI.addTag(tag);
        }
    }

    // --- responses --------------------------------------------------------------------------------

    private static void problemResponses(Operation operation, PathItem.HttpMethod method, PathItem item) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean namesResource = parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH && !SCOPE_PARAMETERS.contains(p.getName()));
        if (body || !parameters.isEmpty()) {
            problem(responses, "400", VALIDATION_PROBLEM, "Malformed or invalid input: the violations name each "
                    + "parameter or body field that is wrong");
        }
        if (secured(operation)) {
            problem(responses, "401", PROBLEM, "No bearer token, or one the realm did not issue or that expired");
            problem(responses, "403", PROBLEM, "The caller's roles or department do not allow this");
        }
        if (namesResource) {
            problem(responses, "404", PROBLEM, "No such resource (or not one the caller may see)");
        }
        if (write) {
            problem(responses, "409", PROBLEM, "The change conflicts with the resource's current state");
        }
        if (body) {
            problem(responses, "415", PROBLEM, "The body is not of a media type the operation accepts");
            problem(responses, "422", VALIDATION_PROBLEM, "Well-formed input that names something unknown, or "
                    + "that is incomplete for the step asked for");
        }
        problem(responses, "500", PROBLEM, "An unexpected failure (the request id in the problem and logs finds it)");
        // a response Quarkus documented without a body (e.g. its 401, 403, 400) answers a problem too
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                withProblemContent(response, "400".equals(code) || "422".equals(code) ? VALIDATION_PROBLEM : PROBLEM);
            }
        });
    }

    private static void problem(APIResponses responses, String code, String schema, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || generic(existing.getDescription())) {
            existing.setDescription(description);
        }
        withProblemContent(responses.getAPIResponse(code), schema);
    }

    private static boolean generic(String description) {
        return Set.of("Bad Request", "Not Authorized", "Not Allowed", "Forbidden", "Unauthorized", "Not Found")
                .contains(description);
    }

    private static void withProblemContent(APIResponse response, String schema) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema))));
        }
    }

    /**
     * CSV, HTML and PDF renditions are documents: a string schema (binary for PDF), not none nor the
     * JSON rendition's object schema that {@code @APIResponseSchema} gives every media type.
     */
    private static void otherMediaTypesTyped(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null) {
                continue;
            }
            content.getMediaTypes().forEach((type, media) -> {
                Schema current = media.getSchema();
                boolean document = current == null || current.getRef() != null
                        || (current.getType() != null && current.getType().contains(Schema.SchemaType.OBJECT));
                if (!type.contains("json") && document) {
                    Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                    if (type.equals("application/pdf")) {
                        schema.format("binary");
                    }
                    media.setSchema(schema);
                }
            });
        }
    }

    // --- patterns -----------------------------------------------------------------------------------

    /**
     * Bean Validation's {@code @Pattern} matches the whole value: the published pattern says so with
     * anchors. {@code \S} is how a {@code @NotBlank} is published (some character that is not white
     * space, anywhere): it stays as it is.
     */
    static String anchor(String pattern) {
        if (pattern == null || NOT_BLANK.equals(pattern) || (pattern.startsWith("^") && pattern.endsWith("$"))) {
            return pattern;
        }
        return "^(?:" + pattern + ")$";
    }

    private static void anchored(Components components) {
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(PublishedContract::anchored);
        }
    }

    private static void anchoredInline(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> anchored(p.getSchema()));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach((MediaType media) -> anchored(media.getSchema()));
        }
    }

    private static void anchored(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getPattern() != null) {
            schema.setPattern(anchor(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(PublishedContract::anchored);
        }
        anchored(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            anchored(schema.getAdditionalPropertiesSchema());
        }
        if (schema.getPropertyNames() != null) {
            anchored(schema.getPropertyNames());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .forEach(group -> group.forEach(PublishedContract::anchored));
    }
}
