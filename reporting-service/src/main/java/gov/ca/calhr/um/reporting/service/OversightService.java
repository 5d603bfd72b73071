package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.GoalAttainment;
import gov.ca.calhr.um.reporting.domain.ReportSnapshot;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.DepartmentRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.GoalRepository;
import gov.ca.calhr.um.reporting.repository.GoalSetRepository;
import gov.ca.calhr.um.reporting.repository.ReportSnapshotRepository;
import gov.ca.calhr.um.reporting.repository.ReportSubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What CalHR watches across departments: the statewide roll-up of every department's figures and
 * the state's totals. (A department's compliance with the program's rules: {@link ComplianceService}.)
 */
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

    private final FigureDeltaRepository figures;
    private final ReportSnapshotRepository snapshots;
    private final ReportCache cache;
    private final DepartmentRepository departments;
    private final GoalSetRepository goalSets;
    private final GoalRepository goals;
    private final ReportSubmissionRepository submissions;

    public OversightService(FigureDeltaRepository figures, ReportSnapshotRepository snapshots, ReportCache cache,
                            DepartmentRepository departments, GoalSetRepository goalSets, GoalRepository goals,
                            ReportSubmissionRepository submissions) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.cache = cache;
        this.departments = departments;
        this.goalSets = goalSets;
        this.goals = goals;
        this.submissions = submissions;
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
}
