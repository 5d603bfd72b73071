package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.GoalAttainment;
import gov.ca.calhr.um.reporting.domain.ReportSnapshot;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.DepartmentProgramRepository;
import gov.ca.calhr.um.reporting.repository.DepartmentRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.GoalRepository;
import gov.ca.calhr.um.reporting.repository.GoalSetRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.reporting.repository.ReportSnapshotRepository;
import gov.ca.calhr.um.reporting.repository.ReportSubmissionRepository;
import gov.ca.calhr.um.reporting.repository.TdAssignmentCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/** What CalHR watches: the statewide roll-up, and each department's compliance with the program's rules. */
@ApplicationScoped
public class OversightService {

    public record DepartmentFigures(String department, long lpelEligibleEmployees, long activeParticipants,
                                    long umAppointments, long umAppointmentsOfParticipants, long goalExpected,
                                    String goalStatus, boolean belowGoal, String submissionStatus) {
    }

    public record Statewide(FiscalYear fiscalYear, List<DepartmentFigures> departments, long lpelEligibleEmployees,
                            long activeParticipants, long umAppointments, long goalExpected,
                            List<String> notSubmitted, List<String> belowGoal) {
    }

    public record Finding(String code, String message, List<String> items) {
    }

    public record Compliance(String department, LocalDate asOf, boolean compliant, List<Finding> findings) {
    }

    private final DepartmentReportService reports;
    private final DepartmentProgramRepository programs;
    private final FigureDeltaRepository figures;
    private final ReportSnapshotRepository snapshots;
    private final ReportCache cache;
    private final DepartmentRepository departments;
    private final GoalSetRepository goalSets;
    private final GoalRepository goals;
    private final ReportSubmissionRepository submissions;
    private final ParticipantCopyRepository participants;
    private final TdAssignmentCopyRepository tdAssignments;

    private final Today today;

    public OversightService(DepartmentReportService reports, DepartmentProgramRepository programs,
                            FigureDeltaRepository figures, ReportSnapshotRepository snapshots,
                            ReportCache cache, DepartmentRepository departments, GoalSetRepository goalSets,
                            GoalRepository goals, ReportSubmissionRepository submissions,
                            ParticipantCopyRepository participants, TdAssignmentCopyRepository tdAssignments,
                            Today today) {
        this.reports = reports;
        this.programs = programs;
        this.figures = figures;
        this.snapshots = snapshots;
        this.cache = cache;
        this.departments = departments;
        this.goalSets = goalSets;
        this.goals = goals;
        this.submissions = submissions;
        this.participants = participants;
        this.tdAssignments = tdAssignments;
        this.today = today;
    }

    /**
     * Every department the events or the program data name, with the state's totals, from the
     * figures the consumers keep (a few hundred rows for 200 departments, not 230,000 employees). A
     * department's submitted report (unless CalHR returned it) is counted as submitted: what CalHR
     * reads is what was sent.
     */
    public Statewide statewide(FiscalYear year, CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST)) {
            throw new NotAllowed("only CalHR analysts read the statewide roll-up");
        }
        return cache.get(List.of("statewide", year), () -> rollUp(year));
    }

    private Statewide rollUp(FiscalYear year) {
        Map<String, Map<String, Long>> eligible = figures.statewide(FigureRuns.ELIGIBLE, year);
        // the year's participants by their status at its end: the active ones
        Map<String, Map<String, Long>> participation = figures.statewide(FigureRuns.PARTICIPANTS, year);
        Map<String, Map<String, Appointments>> appointments = new HashMap<>();
        figures.statewide(FigureRuns.UM_APPOINTMENTS, year).forEach((d, lines) ->
                appointments.put(d, Tallies.appointments(lines)));
        // each department's goal lines of the year: expected in all, and whether any was missed
        Map<String, Long> expected = new HashMap<>();
        Set<String> linesBelow = new HashSet<>();
        goals.ofYear(year).forEach(g -> {
            expected.merge(g.department(), g.expectedAppointments(), Long::sum);
            Appointments actual = appointments.getOrDefault(g.department(), Map.of()).get(g.classCode());
            if (!GoalAttainment.met(g.expectedAppointments(), actual == null ? 0 : actual.total())) {
                linesBelow.add(g.department());
            }
        });
        Map<String, String> goalStatus = goalSets.statusByDepartment(year);
        Map<String, String> submitted = submissions.statusByDepartment(year);
        List<String> known = departments.all();
        // a department whose report stands submitted is counted as it submitted it, the others live
        Map<String, ReportSnapshot> standing = snapshots.standing(year.toString());
        List<DepartmentFigures> rows = new ArrayList<>();
        List<String> notSubmitted = new ArrayList<>();
        List<String> belowGoal = new ArrayList<>();
        for (String d : known) {
            String status = submitted.get(d);
            ReportSnapshot s = standing.get(d);
            DepartmentFigures row = s != null
                    ? new DepartmentFigures(d, s.lpelEligibleEmployees, s.activeParticipants, s.umAppointments,
                            s.umAppointmentsOfParticipants, s.goalExpected, s.goalStatus, s.belowGoal, status)
                    : new DepartmentFigures(d, eligible.getOrDefault(d, Map.of()).getOrDefault("", 0L),
                            participation.getOrDefault(d, Map.of()).getOrDefault("ACTIVE", 0L),
                            appointments.getOrDefault(d, Map.of()).values().stream().mapToLong(Appointments::total).sum(),
                            appointments.getOrDefault(d, Map.of()).values().stream()
                                    .mapToLong(Appointments::participants).sum(),
                            expected.getOrDefault(d, 0L), goalStatus.get(d), linesBelow.contains(d), status);
            rows.add(row);
            if (status == null || "RETURNED".equals(status)) {
                notSubmitted.add(d);
            }
            if (row.belowGoal()) {
                belowGoal.add(d);
            }
        }
        return new Statewide(year, rows, total(rows, DepartmentFigures::lpelEligibleEmployees),
                total(rows, DepartmentFigures::activeParticipants), total(rows, DepartmentFigures::umAppointments),
                total(rows, DepartmentFigures::goalExpected), notSubmitted, belowGoal);
    }

    private static long total(List<DepartmentFigures> rows, ToLongFunction<DepartmentFigures> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    /** A department's standing against the program's rules, today. */
    public Compliance compliance(String department, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        LocalDate today = this.today.date();
        List<Finding> findings = new ArrayList<>();
        Optional<DepartmentProgram> program = programs.findByIdOptional(d);
        if (program.isEmpty()) {
            findings.add(new Finding("NO_COORDINATOR", "the department has named no UM coordinator", List.of()));
        }
        List<String> missingPlanParts = new ArrayList<>();
        DepartmentProgram p = program.orElse(null);
        addIfBlank(missingPlanParts, "policyStatement", p == null ? null : p.policyStatement);
        addIfBlank(missingPlanParts, "componentsOffered", p == null ? null : p.componentsOffered);
        addIfBlank(missingPlanParts, "howToAccess", p == null ? null : p.howToAccess);
        addIfBlank(missingPlanParts, "selectionCriteria", p == null ? null : p.selectionCriteria);
        addIfBlank(missingPlanParts, "rolesResponsibilities", p == null ? null : p.rolesResponsibilities);
        if (!missingPlanParts.isEmpty()) {
            findings.add(new Finding("NO_WRITTEN_PLAN", "the written UM plan lacks parts", missingPlanParts));
        }
        List<String> withoutPlan = participants.takingPartWithoutAcceptedPlan(d);
        if (!withoutPlan.isEmpty()) {
            findings.add(new Finding("PARTICIPANTS_WITHOUT_ACCEPTED_CDP",
                    withoutPlan.size() + " participant(s) have no accepted career development plan", withoutPlan));
        }
        // 24 months full time, longer for less than full time up to the equivalent (24 / fraction months)
        List<String> overLimit = tdAssignments.overLimit(d);
        if (!overLimit.isEmpty()) {
            findings.add(new Finding("TD_ASSIGNMENT_OVER_LIMIT",
                    overLimit.size() + " T&D assignment(s) run longer than 24 months full-time equivalent", overLimit));
        }
        // the latest report already due: the year under way once its due date has passed, else the one before
        FiscalYear current = FiscalYear.of(today);
        FiscalYear latestDue = reports.deadline().dueDate(current).isBefore(today) ? current
                : new FiscalYear(current.startYear() - 1);
        DepartmentReportService.Submission submission = reports.submission(d, latestDue);
        if (submission.overdue()) {
            findings.add(new Finding("REPORT_OVERDUE", "the " + latestDue + " annual report was due "
                    + submission.dueDate(), List.of(latestDue.toString())));
        }
        return new Compliance(d, today, findings.isEmpty(), findings);
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
