package gov.ca.calhr.um.participants.domain.timeline;

import java.time.LocalDate;

/**
 * The employee was active in an LPEL class of record in {@code department} from {@code from} until
 * the day before {@code to} (null: still is): eligible for the UM program (CalHR UM Guidelines,
 * "Eligibility").
 */
public record EligibilityPeriod(String department, String classCode, LocalDate from, LocalDate to) {
}
