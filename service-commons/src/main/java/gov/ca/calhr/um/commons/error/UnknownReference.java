package gov.ca.calhr.um.commons.error;

import java.util.List;
import java.util.Map;

/** Well-formed input that names something unknown here (an unknown class code, another employee's action). */
public final class UnknownReference extends DomainException {

    public UnknownReference(String field, String message) {
        super("unknown-reference", "Unprocessable Content", field + ": " + message,
                Map.of("violations", List.of(Map.of("field", field, "in", "body", "message", message))));
    }
}
