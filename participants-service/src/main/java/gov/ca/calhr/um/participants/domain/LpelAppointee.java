package gov.ca.calhr.um.participants.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A new LPEL appointee with their welcome notice, for HR's periodic list to the coordinator. */
public record LpelAppointee(String employeeId, String name, String classCode, LocalDate effectiveDate,
                            UUID noticeId, boolean noticeDelivered) {
}
