package gov.ca.calhr.um.commons.error;

import java.util.Map;

/** The caller may not do this (their role or department does not allow it). */
public final class NotAllowed extends DomainException {

    public NotAllowed(String detail) {
        super("forbidden", "Forbidden", detail, Map.of());
    }
}
