package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The annual report as CSV (RFC 4180): one row per figure, so spreadsheets and scripts read it alike. */
final class ReportCsv {

    /** A plain number (a negative amount is a number, not a formula). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    static String write(DepartmentReport r) {
        StringBuilder out = new StringBuilder("section,fiscal_year,class_code,measure,value\r\n");
        String fy = r.fiscalYear().toString();
        row(out, "eligibility", fy, "", "lpel_eligible_employees", r.lpelEligibleEmployees());
        r.lpelClassificationsUsed().forEach(c -> row(out, "classifications", fy, c, "lpel_used", 1));
        r.umClassificationsUsed().forEach(c -> row(out, "classifications", fy, c, "um_used", 1));
        r.participantsByStatus().forEach((status, n) -> row(out, "participants", fy, "", status.toLowerCase(), n));
        r.goals().lines().forEach(g -> {
            row(out, "goals", fy, g.classCode(), "expected_appointments", g.expectedAppointments());
            row(out, "goals", fy, g.classCode(), "timetable", g.timetable());
            row(out, "goals", fy, g.classCode(), "appointments_so_far", g.appointments());
            row(out, "goals", fy, g.classCode(), "participants_targeting", g.participantsTargeting());
        });
        r.umAppointments().forEach(y -> {
            for (Appointments a : y.byClass()) {
                row(out, "um_appointments", y.fiscalYear(), a.classCode(), "participants", a.participants());
                row(out, "um_appointments", y.fiscalYear(), a.classCode(), "other_lpel", a.otherLpel());
            }
            row(out, "um_appointments", y.fiscalYear(), "", "total", y.total());
        });
        r.umAppointmentsByCalendarYear().forEach(y -> row(out, "um_appointments_calendar_year", "", "",
                String.valueOf(y.year()), y.total()));
        r.lastYear().lines().forEach(l -> {
            row(out, "last_year", r.lastYear().fiscalYear(), l.classCode(), "goal", l.goal());
            row(out, "last_year", r.lastYear().fiscalYear(), l.classCode(), "actual", l.actual());
        });
        for (Map.Entry<String, BigDecimal> e : r.spend().byCategory().entrySet()) {
            row(out, "spend", fy, "", e.getKey().toLowerCase(), e.getValue().toPlainString());
        }
        row(out, "spend", fy, "", "total", r.spend().total().toPlainString());
        optional(out, fy, "training_budget", r.spend().trainingBudget());
        optional(out, fy, "assigned_to_um", r.spend().assignedToUm());
        optional(out, fy, "assigned_to_um_percent_of_budget", r.spend().assignedToUmPercentOfBudget());
        optional(out, fy, "um_spent", r.spend().umSpent());
        optional(out, fy, "um_spent_percent_of_budget", r.spend().umSpentPercentOfBudget());
        r.goodFaithActions().forEach(a -> row(out, "good_faith_actions", fy, "", a.category,
                a.actionDate + ": " + a.description));
        row(out, "goals", fy, "", "missed_two_years_running", r.goalsMissedTwoYearsRunning());
        row(out, "submission", fy, "", "due_date", r.submission().dueDate());
        row(out, "submission", fy, "", "status", r.submission().status() == null ? "NOT_SUBMITTED"
                : r.submission().status());
        if (r.writtenPlan() != null) {
            row(out, "written_plan", fy, "", "coordinator_named", r.writtenPlan().coordinatorNamed());
            r.writtenPlan().elementsWritten().forEach(e -> row(out, "written_plan", fy, "", e, "written"));
            r.writtenPlan().elementsMissing().forEach(e -> row(out, "written_plan", fy, "", e, "missing"));
        }
        row(out, "edition", fy, "", "figures", r.edition().kind());
        if (r.edition().version() != null) {
            row(out, "edition", fy, "", "version", r.edition().version());
            row(out, "edition", fy, "", "submitted_at", r.edition().submittedAt());
        }
        return out.toString();
    }

    /** Rows of one kind as a CSV table: a header of the record's component names, then a line per row. */
    static <T extends Record> String table(Class<T> type, List<T> rows) {
        RecordComponent[] columns = type.getRecordComponents();
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", Arrays.stream(columns).map(RecordComponent::getName).toList())).append("\r\n");
        for (T row : rows) {
            for (int i = 0; i < columns.length; i++) {
                Object value;
                try {
                    value = columns[i].getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + columns[i].getName() + " of " + type, e);
                }
                if (i > 0) {
                    out.append(',');
                }
                out.append(value == null ? "" : quote(value instanceof BigDecimal b ? b.toPlainString()
                        : String.valueOf(value)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static void optional(StringBuilder out, String fy, String measure, BigDecimal amount) {
        if (amount != null) {
            row(out, "spend", fy, "", measure, amount.toPlainString());
        }
    }

    private static void row(StringBuilder out, String section, String fy, String classCode, String measure,
                            Object value) {
        out.append(section).append(',').append(fy).append(',').append(classCode).append(',')
                .append(quote(measure)).append(',').append(quote(String.valueOf(value))).append("\r\n");
    }

    /**
     * A cell as CSV: quoted when it holds a separator, quote or line break; a text a spreadsheet
     * would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
     * apostrophe so that it stays text (OWASP, CSV injection).
     */
    private static String quote(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        String s = formula ? "'" + value : value;
        boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
