package gov.ca.calhr.um.commons.error;

import java.util.Map;

/** The request contradicts what is already recorded (a resubmission, a status that has moved on). */
public final class ConflictWithState extends DomainException {

    public ConflictWithState(String detail) {
        super("conflict", "Conflict", detail, Map.of());
    }
}
