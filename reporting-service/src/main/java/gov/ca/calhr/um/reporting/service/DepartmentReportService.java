package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.reporting.config.ReportingConfig;
import gov.ca.calhr.um.commons.error.Incomplete;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.domain.Figures;
import gov.ca.calhr.um.reporting.domain.Goal;
import gov.ca.calhr.um.reporting.domain.GoalAttainment;
import gov.ca.calhr.um.reporting.domain.GoalStatus;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import gov.ca.calhr.um.reporting.domain.ProgramYear;
import gov.ca.calhr.um.reporting.domain.ReportDeadline;
import gov.ca.calhr.um.reporting.domain.ReportSnapshot;
import gov.ca.calhr.um.reporting.domain.ReportSubmission;
import gov.ca.calhr.um.reporting.domain.SubmissionStatus;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.repository.EligibilityPeriodRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.reporting.repository.ProgramHistoryRepository;
import gov.ca.calhr.um.reporting.repository.ProgramHistoryRepository.PlanVersion;
import gov.ca.calhr.um.reporting.repository.ProgramYearRepository;
import gov.ca.calhr.um.reporting.repository.ReportSnapshotRepository;
import gov.ca.calhr.um.reporting.repository.ReportSubmissionRepository;
import gov.ca.calhr.um.reporting.repository.SpendCopyRepository;
import gov.ca.calhr.um.reporting.repository.UmAppointmentCopyRepository;
import gov.ca.calhr.um.reporting.service.GoalService.GoalView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The annual UM report of a department to CalHR (GC 19402, 2 CCR 599.985), computed from the
 * facts other services' events left here, and its submission and CalHR's feedback.
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

    private final EligibilityPeriodRepository eligibility;
    private final FigureDeltaRepository figures;
    private final UmAppointmentCopyRepository appointments;
    private final SpendCopyRepository spending;
    private final ParticipantCopyRepository participants;
    private final GoalService goals;
    private final ProgramService programs;
    private final ProgramYearRepository programYears;
    private final DepartmentUmClassesRepository departmentUmClasses;
    private final ProgramHistoryRepository programHistory;
    private final ReportSubmissionRepository submissions;
    private final ReportSnapshotRepository snapshots;
    private final ObjectMapper mapper;
    private final ReportCache cache;

    private final ReportDeadline deadline;

    private final Today today;

    public DepartmentReportService(EligibilityPeriodRepository eligibility, FigureDeltaRepository figures,
                                   UmAppointmentCopyRepository appointments, SpendCopyRepository spending,
                                   ParticipantCopyRepository participants, GoalService goals,
                                   ProgramService programs, ProgramYearRepository programYears,
                                   DepartmentUmClassesRepository departmentUmClasses,
                                   ProgramHistoryRepository programHistory,
                                   ReportSubmissionRepository submissions,
                                   ReportSnapshotRepository snapshots, ObjectMapper mapper, ReportCache cache,
                                   Today today,
                                   ReportingConfig config) {
        this.eligibility = eligibility;
        this.figures = figures;
        this.appointments = appointments;
        this.spending = spending;
        this.participants = participants;
        this.goals = goals;
        this.programs = programs;
        this.programYears = programYears;
        this.departmentUmClasses = departmentUmClasses;
        this.programHistory = programHistory;
        this.submissions = submissions;
        this.snapshots = snapshots;
        this.mapper = mapper;
        this.cache = cache;
        this.today = today;
        this.deadline = ReportDeadline.parse(config.report().due());
    }

    /** CalHR analysts read every department's report; the department's coordinator, HR and EEO officer their own. */
    public DepartmentReport report(String department, FiscalYear year, CurrentCaller caller) {
        requireReader(department, caller);
        String d = department.toUpperCase();
        // the report says whether it is overdue today: a new day builds it again
        return cache.get(List.of("department", d, year, today.date()), () -> build(d, year));
    }

    static void requireReader(String department, CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST) && !caller.isDepartmentStaff(department)) {
            throw new NotAllowed("you may read only your own department's report");
        }
    }

    DepartmentReport build(String d, FiscalYear year) {
        Optional<ProgramYear> stated = programYears.find(d, year.toString());
        FiscalYear last = new FiscalYear(year.startYear() - 1);
        FiscalYear before = new FiscalYear(year.startYear() - 2);
        Map<String, GoalView> goalsByYear = goals.find(d, List.of(year, last, before));
        Optional<GoalView> goalView = Optional.ofNullable(goalsByYear.get(year.toString()));
        Map<String, Long> targeting = goalView.isEmpty() ? Map.of() : participants.takingPartByTargetClass(d);
        Figures kept = figures.of(d);
        Map<String, Appointments> thisYear = Tallies.appointments(kept, year);

        List<GoalLine> lines = new ArrayList<>();
        goalView.ifPresent(v -> v.goals().forEach(g -> lines.add(new GoalLine(g.classCode, g.expectedAppointments,
                g.timetable, Optional.ofNullable(thisYear.get(g.classCode)).map(Appointments::total).orElse(0L),
                targeting.getOrDefault(g.classCode, 0L)))));
        Goals goalsOfYear = new Goals(goalView.map(v -> v.set().status.name()).orElse(null),
                goalView.map(v -> v.set().comments).orElse(null), lines);

        // the UM classes that stood at the year's end (classification-service keeps them), the classes the
        // year's goals name and those the year's UM appointments went to
        TreeSet<String> umClasses = new TreeSet<>(departmentUmClasses.before(d, endOf(year)));
        lines.forEach(l -> umClasses.add(l.classCode()));
        umClasses.addAll(thisYear.keySet());

        List<YearAppointments> history = new ArrayList<>();
        for (int back = 0; back <= 3; back++) {
            FiscalYear y = new FiscalYear(year.startYear() - back);
            Map<String, Appointments> byClass = back == 0 ? thisYear : Tallies.appointments(kept, y);
            history.add(new YearAppointments(y.toString(), List.copyOf(byClass.values()),
                    byClass.values().stream().mapToLong(Appointments::total).sum()));
        }

        List<CalendarYearAppointments> byCalendarYear = appointmentsByCalendarYear(d, year);

        LastYear lastYear = goalsVersusActuals(last, Optional.ofNullable(goalsByYear.get(last.toString())), kept);
        LastYear yearBefore = goalsVersusActuals(before, Optional.ofNullable(goalsByYear.get(before.toString())),
                kept);

        Map<String, BigDecimal> spendByCategory = Tallies.spend(spending.sumsByCategory(d, year));
        BigDecimal total = spendByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal budget = stated.map(ProgramYear::trainingBudget).orElse(null);
        BigDecimal assigned = stated.map(ProgramYear::assignedToUm).orElse(null);
        BigDecimal umSpent = spendByCategory.get(Tallies.UM_CATEGORY);
        Spend spend = new Spend(spendByCategory, total, budget, assigned, ProgramYear.percentOf(assigned, budget),
                umSpent, ProgramYear.percentOf(umSpent, budget));

        return new DepartmentReport(d, year, Tallies.eligible(kept, year), eligibility.lpelClassesUsed(d, year),
                List.copyOf(umClasses), Tallies.participantsByStatus(kept, year), goalsOfYear, history, byCalendarYear,
                lastYear, spend, programs.actions(d, year),
                lastYear.missed() && yearBefore.missed(), submission(d, year), Edition.LIVE,
                writtenPlan(d, year));
    }

    /** The UM appointments of the calendar years the fiscal year and the three before it touch. */
    private List<CalendarYearAppointments> appointmentsByCalendarYear(String department, FiscalYear year) {
        int first = year.startYear() - 3;
        int last = year.startYear() + 1;
        List<CalendarYearAppointments> result = new ArrayList<>();
        Tallies.byCalendarYear(first, last, appointments.countsByCalendarYear(department, first, last))
                .forEach((y, byClass) -> result.add(new CalendarYearAppointments(y, List.copyOf(byClass.values()),
                        byClass.values().stream().mapToLong(Appointments::total).sum())));
        return result;
    }

    private WrittenPlan writtenPlan(String department, FiscalYear year) {
        Optional<PlanVersion> plan = programHistory.before(department, endOf(year));
        List<String> written = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String element : ProgramHistoryRepository.ELEMENTS) {
            String text = plan.map(p -> p.elements().get(element)).orElse(null);
            (text == null || text.isBlank() ? missing : written).add(element);
        }
        return new WrittenPlan(plan.map(p -> p.coordinatorName() != null && !p.coordinatorName().isBlank())
                .orElse(false), written, missing, plan.map(PlanVersion::recordedAt).orElse(null));
    }

    /** The first instant after the fiscal year, in California. */
    private static Instant endOf(FiscalYear year) {
        return year.lastDay().plusDays(1).atStartOfDay(Timestamps.CALIFORNIA).toInstant();
    }

    /** A year's approved goals against its UM appointments; missed when any class fell short. */
    private LastYear goalsVersusActuals(FiscalYear year, Optional<GoalView> view, Figures kept) {
        Map<String, Appointments> actual = Tallies.appointments(kept, year);
        List<GoalVersusActual> lines = new ArrayList<>();
        boolean approved = view.map(v -> v.set().status == GoalStatus.APPROVED).orElse(false);
        if (approved) {
            for (Goal g : view.get().goals()) {
                long count = Optional.ofNullable(actual.get(g.classCode)).map(Appointments::total).orElse(0L);
                lines.add(new GoalVersusActual(g.classCode, g.expectedAppointments, count,
                        GoalAttainment.met(g.expectedAppointments, count)));
            }
        }
        return new LastYear(year.toString(), view.map(v -> v.set().status.name()).orElse(null), lines,
                lines.stream().anyMatch(l -> !l.met()));
    }

    public ReportDeadline deadline() {
        return deadline;
    }

    Submission submission(String department, FiscalYear year) {
        Optional<ReportSubmission> s = submissions.forDepartmentYear(department, year);
        LocalDate dueDate = deadline.dueDate(year);
        boolean overdue = deadline.overdue(year, s.isPresent(), today.date());
        return s.map(r -> new Submission(r.status.name(), dueDate, false, r.explanation, r.twoYearPlan,
                        r.submittedBy, r.submittedAt.toString(), r.feedback, r.feedbackBy))
                .orElse(new Submission(null, dueDate, overdue, null, null, null, null, null, null));
    }

    /**
     * The coordinator submits the year's report. When goals were missed two fiscal years running,
     * an explanation and a plan for the next two years are required.
     */
    @Transactional
    public DepartmentReport submit(String department, FiscalYear year, String explanation, String twoYearPlan,
                                   CurrentCaller caller) {
        ProgramService.Access.requireCoordinator(department, caller);
        String d = department.toUpperCase();
        // one submission of a department's year at a time: a second sent at the same instant waits, then
        // finds the first (409) instead of colliding with it
        submissions.holdSubmissionTurn(d, year);
        DepartmentReport report = build(d, year);
        if (report.goalsMissedTwoYearsRunning()) {
            List<Map<String, String>> violations = new ArrayList<>();
            if (explanation == null || explanation.isBlank()) {
                violations.add(Map.of("field", "explanation", "in", "body", "message",
                        "is required: goals were missed in " + report.lastYear().fiscalYear() + " and the year before"));
            }
            if (twoYearPlan == null || twoYearPlan.isBlank()) {
                violations.add(Map.of("field", "twoYearPlan", "in", "body", "message",
                        "is required: how the department will meet its goals in the next two years"));
            }
            if (!violations.isEmpty()) {
                throw new Incomplete("explanation-required", "Explanation required",
                        "goals were missed two fiscal years running: explain and plan the next two years",
                        Map.of("violations", violations));
            }
        }
        ReportSubmission s = submissions.lockedForDepartmentYear(d, year).orElse(null);
        if (s != null && s.status != SubmissionStatus.RETURNED) {
            throw new ConflictWithState("the " + year + " report is already " + s.status);
        }
        if (s == null) {
            s = new ReportSubmission();
            s.submissionId = UUID.randomUUID();
            s.department = d;
            s.fiscalYear = year.toString();
        }
        s.status = SubmissionStatus.SUBMITTED;
        s.explanation = explanation;
        s.twoYearPlan = twoYearPlan;
        s.submittedBy = caller.subject();
        s.submittedAt = Timestamps.now();
        s.feedback = null;
        s.feedbackBy = null;
        s.feedbackAt = null;
        submissions.persist(s);
        // the figures built above stand: only the submission they carry has changed
        return freeze(report.as(report.edition(), submission(d, year)), caller);
    }

    /** Stores the report as submitted, as the next version of the year's submissions. */
    private DepartmentReport freeze(DepartmentReport live, CurrentCaller caller) {
        String d = live.department();
        String fy = live.fiscalYear().toString();
        ReportSnapshot snap = new ReportSnapshot();
        snap.snapshotId = UUID.randomUUID();
        snap.department = d;
        snap.fiscalYear = fy;
        snap.version = snapshots.latest(d, fy).map(v -> v.version + 1).orElse(1);
        snap.submittedBy = caller.subject();
        snap.submittedAt = Timestamps.now();
        DepartmentReport frozen = live.as(new Edition("SUBMITTED", snap.version, snap.submittedAt), live.submission());
        YearAppointments thisYear = live.umAppointments().get(0);
        snap.lpelEligibleEmployees = live.lpelEligibleEmployees();
        snap.activeParticipants = live.participantsByStatus().getOrDefault("ACTIVE", 0L);
        snap.umAppointments = thisYear.total();
        snap.umAppointmentsOfParticipants = thisYear.byClass().stream().mapToLong(Appointments::participants).sum();
        snap.goalExpected = live.goals().lines().stream().mapToLong(GoalLine::expectedAppointments).sum();
        snap.goalStatus = live.goals().status();
        snap.belowGoal = live.goals().lines().stream()
                .anyMatch(l -> !GoalAttainment.met(l.expectedAppointments(), l.appointments()));
        try {
            snap.report = mapper.writeValueAsString(frozen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
        snapshots.persist(snap);
        return frozen;
    }

    /** The versions submitted for the year, the first first (the department's staff and CalHR). */
    public List<SubmittedVersion> versions(String department, FiscalYear year, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        return snapshots.versions(department.toUpperCase(), year.toString()).stream()
                .map(v -> new SubmittedVersion(v.version, v.submittedAt, v.submittedBy, v.outcome, v.feedback,
                        v.feedbackBy, v.feedbackAt))
                .toList();
    }

    /** A version of the report as it was submitted (the latest when {@code version} is null), with CalHR's answer. */
    public DepartmentReport submitted(String department, FiscalYear year, Integer version, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        Optional<ReportSnapshot> snap = version == null ? snapshots.latest(d, year.toString())
                : snapshots.version(d, year.toString(), version);
        return snap.map(this::thaw).orElseThrow(() -> new NotFound("department " + d + " has submitted no "
                + (version == null ? "" : "version " + version + " of its ") + year + " report"));
    }

    private DepartmentReport thaw(ReportSnapshot snap) {
        DepartmentReport frozen;
        try {
            frozen = mapper.readValue(snap.report, DepartmentReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("submitted report " + snap.snapshotId + " is unreadable", e);
        }
        Submission was = frozen.submission();
        Submission answered = new Submission(snap.outcome == null ? SubmissionStatus.SUBMITTED.name() : snap.outcome,
                was.dueDate(), false, was.explanation(), was.twoYearPlan(), was.submittedBy(), was.submittedAt(),
                snap.feedback, snap.feedbackBy);
        return frozen.as(frozen.edition(), answered);
    }

    /** A CalHR analyst accepts the submitted report or returns it with feedback. */
    @Transactional
    public DepartmentReport feedback(String department, FiscalYear year, boolean accept, String comments,
                                     CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST)) {
            throw new NotAllowed("only a CalHR analyst gives feedback on a report");
        }
        String d = department.toUpperCase();
        ReportSubmission s = submissions.lockedForDepartmentYear(d, year).orElseThrow(() ->
                new NotFound("department " + d + " has not submitted its " + year + " report"));
        if (s.status != SubmissionStatus.SUBMITTED) {
            throw new ConflictWithState("the " + year + " report is " + s.status);
        }
        if (!accept && (comments == null || comments.isBlank())) {
            throw InvalidInput.field("comments", "say what the department must change");
        }
        s.status = accept ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
        s.feedback = comments;
        s.feedbackBy = caller.subject();
        s.feedbackAt = Timestamps.now();
        // CalHR answers the version it read; submissions from before versions were kept have none
        Optional<ReportSnapshot> snap = snapshots.latest(d, year.toString());
        if (snap.isEmpty()) {
            return build(d, year);
        }
        ReportSnapshot v = snap.get();
        v.outcome = s.status.name();
        v.feedback = s.feedback;
        v.feedbackBy = s.feedbackBy;
        v.feedbackAt = s.feedbackAt;
        return thaw(v);
    }
}
