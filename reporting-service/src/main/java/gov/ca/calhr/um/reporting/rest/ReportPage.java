package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalLine;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalVersusActual;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.YearAppointments;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual report as people read it: a printable page (HTML, Qute) and the same as a PDF
 * ({@link ReportPdf}), each with the figures, the goals and two charts: UM appointments per fiscal
 * year against the year's goals, and the year's training spend by category.
 */
final class ReportPage {

    /** A label and its value, as printed. */
    record Line(String label, String value) {
    }

    /** One bar of a chart, and the goal marked on it (null: none). */
    record Bar(String label, long value, Long goal) {
    }

    /** What the page and the PDF show. */
    record View(String title, String edition, List<Line> figures, List<List<String>> goals, List<Line> appointments,
                List<Line> spend, List<String> goodFaithActions, List<Bar> appointmentBars, List<Line> spendBars) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(View view, String appointmentsChart, String spendChart);
    }

    private ReportPage() {
    }

    static String html(DepartmentReport r) {
        View v = view(r);
        return Templates.report(v, appointmentsSvg(v.appointmentBars()), spendSvg(v.spendBars())).render();
    }

    static View view(DepartmentReport r) {
        String fy = r.fiscalYear().toString();
        String edition = r.edition().version() == null
                ? "Live figures as of today: not the report as submitted"
                : "As submitted (version " + r.edition().version() + ", " + r.edition().submittedAt() + ")";
        List<Line> figures = new ArrayList<>();
        figures.add(new Line("LPEL employees eligible for UM", Long.toString(r.lpelEligibleEmployees())));
        figures.add(new Line("LPEL classifications used", String.join(", ", r.lpelClassificationsUsed())));
        figures.add(new Line("UM (ELTPA) classifications used", String.join(", ", r.umClassificationsUsed())));
        r.participantsByStatus().forEach((status, n) -> figures.add(new Line("Participants, " + status.toLowerCase()
                + " at the year's end", Long.toString(n))));
        figures.add(new Line("Goals missed two fiscal years running", r.goalsMissedTwoYearsRunning() ? "yes" : "no"));
        if (r.writtenPlan() != null) {
            figures.add(new Line("UM coordinator named at the year's end", r.writtenPlan().coordinatorNamed() ? "yes" : "no"));
            figures.add(new Line("Written plan elements missing at the year's end",
                    r.writtenPlan().elementsMissing().isEmpty() ? "none"
                            : String.join(", ", r.writtenPlan().elementsMissing())));
        }
        figures.add(new Line("Report due", r.submission().dueDate() + (r.submission().overdue() ? " (overdue)" : "")));
        figures.add(new Line("Submission", r.submission().status() == null ? "not submitted" : r.submission().status()));

        List<List<String>> goals = new ArrayList<>();
        for (GoalLine g : r.goals().lines()) {
            goals.add(List.of(g.classCode(), Integer.toString(g.expectedAppointments()),
                    Long.toString(g.appointments()), g.timetable()));
        }
        List<Line> appointments = new ArrayList<>();
        r.umAppointments().forEach(y -> appointments.add(new Line("FY " + y.fiscalYear(), Long.toString(y.total()))));
        r.umAppointmentsByCalendarYear().forEach(y -> appointments.add(new Line("Calendar year " + y.year(),
                Long.toString(y.total()))));

        List<Line> spend = new ArrayList<>();
        List<Line> spendBars = new ArrayList<>();
        r.spend().byCategory().forEach((c, amount) -> {
            spend.add(new Line(category(c), money(amount)));
            spendBars.add(new Line(category(c), amount.toPlainString()));
        });
        spend.add(new Line("Total", money(r.spend().total())));
        spend.add(new Line("Training budget", money(r.spend().trainingBudget())));
        spend.add(new Line("Assigned to UM", money(r.spend().assignedToUm()) + percent(r.spend().assignedToUmPercentOfBudget())));
        spend.add(new Line("Spent on UM", money(r.spend().umSpent()) + percent(r.spend().umSpentPercentOfBudget())));

        // the goals known for the years charted: this year's and last year's approved ones
        Map<String, Long> goalByYear = new HashMap<>();
        goalByYear.put(fy, r.goals().lines().isEmpty() ? null
                : r.goals().lines().stream().mapToLong(GoalLine::expectedAppointments).sum());
        if (!r.lastYear().lines().isEmpty()) {
            goalByYear.put(r.lastYear().fiscalYear(), r.lastYear().lines().stream().mapToLong(GoalVersusActual::goal).sum());
        }
        List<Bar> bars = new ArrayList<>();
        List<YearAppointments> years = new ArrayList<>(r.umAppointments());
        java.util.Collections.reverse(years);
        years.forEach(y -> bars.add(new Bar(y.fiscalYear(), y.total(), goalByYear.get(y.fiscalYear()))));

        return new View(r.department() + " Upward Mobility report, fiscal year " + fy, edition, figures, goals,
                appointments, spend, r.goodFaithActions().stream().map(a -> a.actionDate + " " + a.category + ": "
                        + a.description).toList(), bars, spendBars);
    }

    /** Bars of UM appointments per fiscal year, a goal drawn as a line across its year's bar. */
    static String appointmentsSvg(List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(b.value(), b.goal() == null ? 0 : b.goal()))
                .max().orElse(1));
        int width = 480;
        int height = 220;
        int base = 180;
        int slot = (width - 40) / Math.max(1, bars.size());
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "id=\"appointments-chart\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 "
                + width + " " + height + "\"><title>UM appointments per fiscal year against goals</title>");
        svg.append("<line x1=\"30\" y1=\"").append(base).append("\" x2=\"").append(width - 10).append("\" y2=\"")
                .append(base).append("\" stroke=\"#333\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int x = 40 + i * slot;
            int h = (int) Math.round(150.0 * b.value() / max);
            svg.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(base - h).append("\" width=\"")
                    .append(slot - 20).append("\" height=\"").append(h).append("\" fill=\"#2b6cb0\"><title>")
                    .append(b.label()).append(": ").append(b.value()).append(" UM appointments</title></rect>");
            svg.append("<text x=\"").append(x + (slot - 20) / 2).append("\" y=\"").append(base - h - 4)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(b.value()).append("</text>");
            svg.append("<text x=\"").append(x + (slot - 20) / 2).append("\" y=\"").append(base + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(b.label()).append("</text>");
            if (b.goal() != null) {
                int g = base - (int) Math.round(150.0 * b.goal() / max);
                svg.append("<line class=\"goal\" x1=\"").append(x - 4).append("\" y1=\"").append(g).append("\" x2=\"")
                        .append(x + slot - 16).append("\" y2=\"").append(g)
                        .append("\" stroke=\"#c53030\" stroke-width=\"3\"><title>goal ").append(b.goal())
                        .append("</title></line>");
            }
        }
        svg.append("<text x=\"30\" y=\"210\" font-size=\"11\">bars: UM appointments; red line: the year's goal</text>");
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars of the year's spend by training category. */
    static String spendSvg(List<Line> bars) {
        double max = Math.max(1, bars.stream().mapToDouble(b -> Double.parseDouble(b.value())).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "id=\"spend-chart\" width=\"480\" height=\"" + (30 + 30 * bars.size()) + "\">"
                + "<title>Training spend by category</title>");
        for (int i = 0; i < bars.size(); i++) {
            Line b = bars.get(i);
            int w = (int) Math.round(220 * Double.parseDouble(b.value()) / max);
            int y = 10 + 30 * i;
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(escape(b.label()))
                    .append("</text><rect class=\"bar\" x=\"200\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"20\" fill=\"#2f855a\"/><text x=\"").append(205 + w).append("\" y=\"")
                    .append(y + 15).append("\" font-size=\"12\">").append(b.value()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String category(String code) {
        return switch (code) {
            case "JOB_REQUIRED" -> "Job required";
            case "JOB_RELATED" -> "Job related";
            case "UPWARD_MOBILITY_AND_CAREER_RELATED" -> "Upward mobility and career related";
            default -> code;
        };
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "not stated" : "$" + String.format("%,.2f", amount);
    }

    private static String percent(BigDecimal p) {
        return p == null ? "" : " (" + p.toPlainString() + "% of the budget)";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
