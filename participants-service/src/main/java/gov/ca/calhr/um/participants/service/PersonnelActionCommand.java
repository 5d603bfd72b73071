package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.Tenure;
import gov.ca.calhr.um.participants.domain.TimeBase;

import java.time.LocalDate;

/** A personnel action to apply, as validated at the edge. */
public record PersonnelActionCommand(String actionId, String employeeId, String department, String positionNumber,
                                     String fromClassCode, String toClassCode, String transactionCode,
                                     LocalDate effectiveDate, String name, String email, Tenure tenure,
                                     TimeBase timeBase) {
}
