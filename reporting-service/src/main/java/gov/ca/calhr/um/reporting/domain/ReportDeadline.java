package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.time.FiscalYear;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a fiscal year's annual UM report is due and when a missing one is overdue: the one rule the
 * report and the compliance check both read. The deadline is configuration ({@code um.report.due},
 * a month-day): CalHR asks for it on June 1 as part of the Workforce Analysis, the statute (GC
 * 19402) says July 1 (DOMAIN.md, "Goals and reporting"). Either way the date falls in the calendar
 * year in which the fiscal year ends: June 1 for FY 2025-26 is June 1, 2026 (four weeks before the
 * year closes), July 1 is July 1, 2026 (the day after it closed).
 */
public record ReportDeadline(MonthDay due) {

    public static ReportDeadline parse(String monthDay) {
        return new ReportDeadline(MonthDay.parse("--" + monthDay));
    }

    public LocalDate dueDate(FiscalYear year) {
        return due.atYear(year.startYear() + 1);
    }

    /** A report not yet submitted is overdue from the day after its due date. */
    public boolean overdue(FiscalYear year, boolean submitted, LocalDate today) {
        return !submitted && today.isAfter(dueDate(year));
    }
}
