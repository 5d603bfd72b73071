package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual UM report of a department to CalHR (GC 19402, 2 CCR 599.985), computed from the
 * facts other services' events left here: the report as it reads today (edition LIVE), kept in the
 * {@link ReportCache} for its readers, and the records the report is made of. Its figures are built
 * by {@link DepartmentReportBuilder}; its submission and CalHR's feedback are
 * {@link ReportSubmissionService}'s.
 */
@ApplicationScoped
public class DepartmentReportService {

    public record GoalLine(String classCode, int expectedAppointments, String timetable, long appointments,
                           long participantsTargeting) {
    }

    public record Goals(String status, String comments, List<GoalLine> lines) {
    }

    public record YearAppointments(String fiscalYear, List<Appointments> byClass, long total) {
    }

    public record CalendarYearAppointments(int year, List<Appointments> byClass, long total) {
    }

    public record GoalVersusActual(String classCode, int goal, long actual, boolean met) {
    }

    public record LastYear(String fiscalYear, String goalStatus, List<GoalVersusActual> lines, boolean missed) {
    }

    /**
     * Training spend of the fiscal year in the three categories of 2 CCR 599.819, and the UM share:
     * only the upward mobility and career related category (599.819(c)) is UM money. The budget and
     * the amount assigned to UM are what the department stated for the year.
     */
    public record Spend(Map<String, BigDecimal> byCategory, BigDecimal total, BigDecimal trainingBudget,
                        BigDecimal assignedToUm, BigDecimal assignedToUmPercentOfBudget, BigDecimal umSpent,
                        BigDecimal umSpentPercentOfBudget) {
    }

    public record Submission(String status, LocalDate dueDate, boolean overdue, String explanation,
                             String twoYearPlan, String submittedBy, String submittedAt, String feedback,
                             String feedbackBy) {
    }

    /**
     * Which figures a report holds: LIVE ones (today's, not what was submitted) or the SUBMITTED
     * version {@code version}, frozen at {@code submittedAt}.
     */
    public record Edition(String kind, Integer version, Instant submittedAt) {
        static final Edition LIVE = new Edition("LIVE", null, null);
    }

    /** One submission of the year's report and CalHR's answer to it. */
    public record SubmittedVersion(int version, Instant submittedAt, String submittedBy, String outcome,
                                   String feedback, String feedbackBy, Instant feedbackAt) {
    }

    /**
     * The written UM plan as it stood at the year's end (DOMAIN.md: policy statement, components and
     * how to access them, selection criteria, roles; a named coordinator): the elements written and
     * those missing, and when the department last described it before then (null: not by then).
     */
    public record WrittenPlan(boolean coordinatorNamed, List<String> elementsWritten, List<String> elementsMissing,
                              Instant describedAt) {
    }

    /** A department's UM figures for one fiscal year. */
    public record DepartmentReport(String department, FiscalYear fiscalYear, long lpelEligibleEmployees,
                                   List<String> lpelClassificationsUsed, List<String> umClassificationsUsed,
                                   Map<String, Long> participantsByStatus, Goals goals,
                                   List<YearAppointments> umAppointments,
                                   List<CalendarYearAppointments> umAppointmentsByCalendarYear, LastYear lastYear,
                                   Spend spend,
                                   List<GoodFaithAction> goodFaithActions, boolean goalsMissedTwoYearsRunning,
                                   Submission submission, Edition edition, WrittenPlan writtenPlan) {

        DepartmentReport as(Edition e, Submission s) {
            return new DepartmentReport(department, fiscalYear, lpelEligibleEmployees, lpelClassificationsUsed,
                    umClassificationsUsed, participantsByStatus, goals, umAppointments, umAppointmentsByCalendarYear,
                    lastYear, spend, goodFaithActions, goalsMissedTwoYearsRunning, s, e, writtenPlan);
        }
    }

    private final DepartmentReportBuilder builder;
    private final ReportCache cache;
    private final Today today;

    public DepartmentReportService(DepartmentReportBuilder builder, ReportCache cache, Today today) {
        this.builder = builder;
        this.cache = cache;
        this.today = today;
    }

    /** CalHR analysts read every department's report; the department's coordinator, HR and EEO officer their own. */
    public DepartmentReport report(String department, FiscalYear year, CurrentCaller caller) {
        requireReader(department, caller);
        String d = department.toUpperCase();
        // the report says whether it is overdue today: a new day builds it again
        return cache.get(List.of("department", d, year, today.date()), () -> builder.build(d, year));
    }

    static void requireReader(String department, CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST) && !caller.isDepartmentStaff(department)) {
            throw new NotAllowed("you may read only your own department's report");
        }
    }
}
