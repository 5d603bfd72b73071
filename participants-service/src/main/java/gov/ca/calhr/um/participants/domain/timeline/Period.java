package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.EmployeeStatus;

import java.time.LocalDate;

/**
 * A stretch of an employee's history in which nothing changed: from {@code from} until the day
 * before {@code to} ({@code to} is null while it lasts). The class of record is never a T&D
 * assignment's class: that one rides on top, in {@code tdClassCode} (the return right keeps the
 * employee in their own class).
 */
public record Period(LocalDate from, LocalDate to, String actionId, String department, String classCode,
                     String positionNumber, String supervisorId, EmployeeStatus status, String tdClassCode,
                     String tdPositionNumber, LocalDate tdSince) {

    Period endingOn(LocalDate end) {
        return new Period(from, end, actionId, department, classCode, positionNumber, supervisorId, status,
                tdClassCode, tdPositionNumber, tdSince);
    }

    public boolean isActive() {
        return status == EmployeeStatus.ACTIVE;
    }

    public boolean isOpen() {
        return to == null;
    }
}
