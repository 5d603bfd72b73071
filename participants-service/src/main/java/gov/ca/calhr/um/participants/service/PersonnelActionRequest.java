package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.PersonnelActionCommand;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A personnel action as an HR system reports it, in the body of a REST request and as a record of
 * {@code hr.personnel-actions.v1} alike. {@code employee} details are required the
 * first time an employee is appointed, optional after; {@code toClassCode} names the class
 * moved to (or the T&D assignment's class) and is empty for a separation or a T&D end.
 */
public record PersonnelActionRequest(
        @NotBlank @Size(max = 80) String actionId,
        @NotNull ActionType actionType,
        @NotBlank @Size(max = 40) String employeeId,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,20}", message = "must be a department code, e.g. DGS")
        String department,
        @NotBlank @Size(max = 40) String positionNumber,
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code") String fromClassCode,
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit class code") String toClassCode,
        @NotBlank @Pattern(regexp = "[A-Z][0-9A-Z]{2}", message = "must be an SCO transaction code, e.g. A01")
        String transactionCode,
        @NotNull LocalDate effectiveDate,
        @Size(max = 40) String supervisorId,
        @Valid EmployeeDetails employee,
        @PositiveOrZero Long sequence,
        @Size(max = 80) String cancelsActionId,
        @Size(max = 1000) String reason) {

    /** The employee's details, required with their first appointment. */
    public record EmployeeDetails(@NotBlank @Size(max = 200) String name,
                                  @Email @Size(max = 200) String email,
                                  @NotNull Tenure tenure,
                                  @NotNull TimeBase timeBase) {
    }

    public PersonnelActionCommand toCommand() {
        EmployeeDetails e = employee;
        return new PersonnelActionCommand(actionId, actionType, employeeId, department, positionNumber,
                fromClassCode, toClassCode, transactionCode, effectiveDate, supervisorId,
                e == null ? null : e.name(), e == null ? null : e.email(), e == null ? null : e.tenure(),
                e == null ? null : e.timeBase(), sequence, cancelsActionId, reason);
    }
}
