package gov.ca.calhr.um.participants.domain.timeline;

import java.time.LocalDate;

/**
 * A UM appointment the timeline shows: an employee continuously in state service moved from an
 * LPEL or bridging class of record into an ELTPA class (GC 19402; 2 CCR 599.981). {@code actionId}
 * is the action that reported it (the first in timeline order when it was reported more than once).
 */
public record UmMove(String actionId, String department, String fromClassCode, String toClassCode,
                     LocalDate effectiveDate) {

    public Key key() {
        return new Key(effectiveDate, toClassCode);
    }

    /** One employee makes one move into a class on a day, whatever actionIds reported it. */
    public record Key(LocalDate effectiveDate, String toClassCode) {
    }
}
