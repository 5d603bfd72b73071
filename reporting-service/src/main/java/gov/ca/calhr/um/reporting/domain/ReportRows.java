package gov.ca.calhr.um.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The rows behind the figures of a department's annual report, as its drill-down lists show them. */
public final class ReportRows {

    private ReportRows() {
    }

    /** One UM appointment of the year. */
    public record UmAppointmentRow(String employeeId, String actionId, String fromClassCode, String toClassCode,
                                   LocalDate effectiveDate, boolean participant) {
    }

    /** One employee eligible at some time in the year: the LPEL classes and the span of their eligibility. */
    public record EligibleEmployeeRow(String employeeId, String classCodes, LocalDate eligibleFrom,
                                      LocalDate eligibleUntil) {
    }

    /** One participant of the year with their status at its end. */
    public record ParticipantRow(String participantId, String employeeId, String targetClassCode,
                                 String statusAtYearEnd) {
    }

    /** One training activity's spend in the year. */
    public record SpendRow(String activityId, String trainingCategory, BigDecimal amount) {
    }

    /** A slice of the rows ({@code limit} null: all of them) and how many there are in all. */
    public record Rows<T>(List<T> items, long total) {
    }
}
