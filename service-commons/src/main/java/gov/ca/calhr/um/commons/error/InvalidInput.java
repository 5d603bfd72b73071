package gov.ca.calhr.um.commons.error;

import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule, naming the field ({@code violations}, the shape Bean Validation
 * failures have too), or a whole input rejected for reasons listed in its own member.
 */
public final class InvalidInput extends DomainException {

    private InvalidInput(String kind, String detail, Map<String, Object> members) {
        super(kind, "Bad Request", detail, members);
    }

    /** A field of the request body (or of an event) that is wrong. */
    public static InvalidInput field(String field, String message) {
        return named(field, "body", message);
    }

    /** A path parameter that is wrong. */
    public static InvalidInput pathParameter(String name, String message) {
        return named(name, "path", message);
    }

    /** A query parameter that is wrong. */
    public static InvalidInput queryParameter(String name, String message) {
        return named(name, "query", message);
    }

    /** The whole input is refused, e.g. a file with bad rows: {@code members} say why, in detail. */
    public static InvalidInput rejected(String kind, String detail, Map<String, Object> members) {
        return new InvalidInput(kind, detail, members);
    }

    private static InvalidInput named(String field, String in, String message) {
        return new InvalidInput("invalid-field", field + ": " + message,
                Map.of("violations", List.of(Map.of("field", field, "in", in, "message", message))));
    }
}
