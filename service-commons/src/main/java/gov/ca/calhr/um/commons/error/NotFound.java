package gov.ca.calhr.um.commons.error;

import java.util.Map;

/** What was asked for does not exist, or is not visible to the caller (they are not told which). */
public final class NotFound extends DomainException {

    public NotFound(String detail) {
        super("not-found", "Not Found", detail, Map.of());
    }
}
