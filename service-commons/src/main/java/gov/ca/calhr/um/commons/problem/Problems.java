package gov.ca.calhr.um.commons.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problems with a stable {@code type} per kind of error. Field errors use the same
 * {@code violations} shape as Bean Validation failures, so clients read one format.
 */
public final class Problems {

    private static final String TYPE_BASE = "https://upward-mobility.ca.gov/problems/";

    private Problems() {
    }

    /** A field of the request body that is wrong. */
    public static HttpProblem invalidField(String field, String message) {
        return invalid(field, "body", message);
    }

    /** A path parameter that is wrong. */
    public static HttpProblem invalidPathParameter(String name, String message) {
        return invalid(name, "path", message);
    }

    /** A query parameter that is wrong. */
    public static HttpProblem invalidQueryParameter(String name, String message) {
        return invalid(name, "query", message);
    }

    private static HttpProblem invalid(String field, String in, String message) {
        return HttpProblem.builder()
                .withType(type("invalid-field"))
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", in, "message", message)))
                .build();
    }

    /** Well-formed input that names something this service does not know (e.g. an unknown class code). */
    public static HttpProblem unprocessable(String field, String message) {
        return HttpProblem.builder()
                .withType(type("unknown-reference"))
                .withStatus(422)
                .withTitle("Unprocessable Content")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build();
    }

    public static HttpProblem notFound(String detail) {
        return HttpProblem.builder()
                .withType(type("not-found"))
                .withStatus(404)
                .withTitle("Not Found")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem conflict(String detail) {
        return HttpProblem.builder()
                .withType(type("conflict"))
                .withStatus(409)
                .withTitle("Conflict")
                .withDetail(detail)
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return HttpProblem.builder()
                .withType(type("forbidden"))
                .withStatus(403)
                .withTitle("Forbidden")
                .withDetail(detail)
                .build();
    }

    private static URI type(String kind) {
        return URI.create(TYPE_BASE + kind);
    }
}
