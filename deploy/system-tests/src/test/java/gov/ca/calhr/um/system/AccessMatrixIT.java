package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.stack.ProjectPaths;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of deploy/keycloak/ACCESS.md checked against every endpoint of every service's
 * OpenAPI document, for every role, from the caller's own department and from another one, with
 * real tokens of the realm's users; and every department endpoint, for each department role it
 * admits, with a token of that role that carries no department claim (refused with a 4xx). An
 * endpoint missing from the matrix fails the build.
 */
@ExtendWith(SharedStack.class)
class AccessMatrixIT {

    private static final List<String> SERVICES = List.of("classification", "participants", "plans", "reporting");
    /** The realm's users per role; all of department DGS (calhr-analyst: CALHR; hr-system: none). */
    static final Map<String, String> USERS = Map.of("employee", "dgs-employee", "supervisor", "dgs-supervisor",
            "um-coordinator", "dgs-coordinator", "hr", "dgs-hr", "eeo-officer", "dgs-eeo",
            "calhr-analyst", "calhr-analyst");
    private static final List<String> ROLES = List.of("employee", "supervisor", "um-coordinator", "hr", "eeo-officer",
            "calhr-analyst", "hr-system");
    /** Department staff accounts of the realm whose department attribute is not set. */
    private static final Map<String, String> UNASSIGNED = Map.of("um-coordinator", "unassigned-coordinator",
            "hr", "unassigned-hr", "eeo-officer", "unassigned-eeo");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    record Entry(String service, String method, String path, Set<String> roles, boolean anyAuthenticated) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    static Map<String, Entry> matrix() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ProjectPaths.root().resolve("deploy/keycloak/ACCESS.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length < 6 || !SERVICES.contains(cells[1].trim())) {
                continue;
            }
            String roles = cells[4].trim();
            Entry e = new Entry(cells[1].trim(), cells[2].trim(), cells[3].trim().replace("`", ""),
                    new TreeSet<>(List.of(roles.split(",\\s*"))), roles.equals("any authenticated"));
            entries.put(e.key(), e);
        }
        return entries;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() throws IOException {
        Map<String, Entry> matrix = matrix();
        Keycloak keycloak = SharedStack.keycloak();
        Map<String, String> tokens = new LinkedHashMap<>();
        USERS.forEach((role, user) -> tokens.put(role, keycloak.userToken(user)));
        tokens.put("hr-system", keycloak.hrSystemToken());
        Map<String, String> unassigned = new LinkedHashMap<>();
        UNASSIGNED.forEach((role, user) -> unassigned.put(role, keycloak.userToken(user)));

        ObjectMapper mapper = new ObjectMapper();
        List<String> missing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        // every status an operation answers is one its OpenAPI document lists
        Set<String> undocumented = new TreeSet<>();
        // and every error is a complete RFC 9457 problem
        Set<String> incomplete = new TreeSet<>();
        int cases = 0;
        for (String service : SERVICES) {
            String base = SharedStack.url(service + "-service");
            JsonNode doc = mapper.readTree(given().get(base + "/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                if (!p.getKey().startsWith("/api/")) {
                    continue;
                }
                Iterator<Map.Entry<String, JsonNode>> operations = p.getValue().fields();
                while (operations.hasNext()) {
                    Map.Entry<String, JsonNode> op = operations.next();
                    String method = op.getKey().toUpperCase();
                    if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                        continue;
                    }
                    Entry entry = matrix.get(service + " " + method + " " + p.getKey());
                    if (entry == null) {
                        missing.add(service + " " + method + " " + p.getKey());
                        continue;
                    }
                    seen.add(entry.key());
                    boolean departmental = p.getKey().contains("{department}");
                    for (String role : ROLES) {
                        for (String department : departmental ? List.of("DGS", "EDD") : List.of("DGS")) {
                            cases++;
                            Response r = call(base, method, p.getKey(), op.getValue(), tokens.get(role), department);
                            String verdict = judge(entry, role, departmental, department, r.statusCode());
                            if (verdict != null) {
                                failures.add("%s %s %s as %s (%s): %d, expected %s".formatted(service, method,
                                        p.getKey(), role, department, r.statusCode(), verdict));
                            }
                            if (r.statusCode() >= 400) {
                                incomplete.addAll(incompleteProblem(mapper, r, service + " " + method + " "
                                        + p.getKey()));
                            }
                            if (!op.getValue().path("responses").has(String.valueOf(r.statusCode()))) {
                                undocumented.add("%s %s %s answered %d".formatted(service, method, p.getKey(),
                                        r.statusCode()));
                            }
                        }
                    }
                    // a department role without a department claim gets no department's data
                    if (departmental && !entry.anyAuthenticated()) {
                        for (Map.Entry<String, String> staff : unassigned.entrySet()) {
                            if (!entry.roles().contains(staff.getKey())) {
                                continue;
                            }
                            cases++;
                            int status = call(base, method, p.getKey(), op.getValue(), staff.getValue(), "DGS")
                                    .statusCode();
                            if (status < 400 || status >= 500 || status == 401) {
                                failures.add("%s %s %s as %s without a department claim: %d, expected a 4xx"
                                        .formatted(service, method, p.getKey(), staff.getKey(), status));
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("access matrix: %d endpoints, %d (endpoint, role, department) cases%n", seen.size(), cases);
        assertThat(missing).as("endpoints without an entry in deploy/keycloak/ACCESS.md").isEmpty();
        Set<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(seen);
        assertThat(stale).as("entries of deploy/keycloak/ACCESS.md that name no endpoint").isEmpty();
        assertThat(failures).isEmpty();
        assertThat(undocumented).as("statuses the OpenAPI documents do not list").isEmpty();
        assertThat(incomplete).as("error answers that are not complete problem details").isEmpty();
    }

    /** What an error answer lacks of an RFC 9457 problem: its media type or one of the five members. */
    static List<String> incompleteProblem(ObjectMapper mapper, Response r, String what) {
        List<String> lacking = new ArrayList<>();
        if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            return List.of(what + " " + r.statusCode() + ": " + r.contentType());
        }
        try {
            JsonNode problem = mapper.readTree(r.asString());
            for (String member : List.of("type", "title", "status", "detail", "instance")) {
                if (problem.path(member).asText().isBlank()) {
                    lacking.add(what + " " + r.statusCode() + " without " + member);
                }
            }
        } catch (IOException e) {
            lacking.add(what + " " + r.statusCode() + ": not JSON");
        }
        return lacking;
    }

    /** Null when the status is what the matrix allows; otherwise what was expected. */
    private static String judge(Entry entry, String role, boolean departmental, String department, int status) {
        if (status >= 500 || status == 401) {
            return "no 5xx and no 401 for a valid token";
        }
        boolean allowedRole = entry.anyAuthenticated() || entry.roles().contains(role);
        if (!allowedRole) {
            return status == 403 ? null : "403 (role not in the matrix)";
        }
        boolean otherDepartment = departmental && department.equals("EDD") && !entry.anyAuthenticated()
                && !role.equals("calhr-analyst");
        if (otherDepartment) {
            return status >= 400 ? null : "a 4xx (another department's data)";
        }
        return status == 403 ? "not 403 (the matrix allows the role)" : null;
    }

    private static Response call(String base, String method, String template, JsonNode operation, String token,
                                 String department) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "department" -> department;
                case "fiscalYear" -> "2025-26";
                case "classCode", "from", "to" -> "9990";
                case "schematicCode" -> "ZZ99";
                default -> name.endsWith("Id") && !name.equals("employeeId") ? UUID.randomUUID().toString()
                        : "NO-SUCH-" + name.toUpperCase();
            };
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        RequestSpecification request = given().auth().oauth2(token);
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            request = request.contentType("application/json").body("{}");
        } else if (content.has("text/csv")) {
            request = request.contentType("text/csv").body("");
        }
        return request.request(method, base + path);
    }
}
