package gov.ca.calhr.um.participants.domain.timeline;

import java.time.LocalDate;

/**
 * The employee entered an LPEL class of record (hired, rehired, or moved in from a class that is
 * not LPEL): what a welcome notice answers (CalHR UM Guidelines: HR tells new LPEL appointees of
 * the program). {@code spellEnd} is the day the employee stopped being active in LPEL classes, or
 * null while they still are.
 */
public record LpelEntry(String actionId, String department, String classCode, LocalDate effectiveDate,
                        LocalDate spellEnd) {

    public Key key() {
        return new Key(effectiveDate, classCode);
    }

    public record Key(LocalDate effectiveDate, String classCode) {
    }
}
