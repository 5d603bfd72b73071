package gov.ca.calhr.um.participants.domain;

import java.time.LocalDate;

/**
 * A personnel action to apply, as validated at the edge. The employee's details (name, email,
 * tenure, time base) are null when the HR system did not send them; {@code sequence} orders the
 * SCO transactions of one day; {@code cancelsActionId} and {@code reason} belong to a cancellation.
 */
public record PersonnelActionCommand(String actionId, ActionType actionType, String employeeId, String department,
                                     String positionNumber, String fromClassCode, String toClassCode,
                                     String transactionCode, LocalDate effectiveDate, String supervisorId,
                                     String name, String email, Tenure tenure, TimeBase timeBase, Long sequence,
                                     String cancelsActionId, String reason) {

    public boolean hasEmployeeDetails() {
        return name != null;
    }
}
