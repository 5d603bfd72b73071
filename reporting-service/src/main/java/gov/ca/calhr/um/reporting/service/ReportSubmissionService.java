package gov.ca.calhr.um.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.Incomplete;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.GoalAttainment;
import gov.ca.calhr.um.reporting.domain.ReportSnapshot;
import gov.ca.calhr.um.reporting.domain.ReportSubmission;
import gov.ca.calhr.um.reporting.domain.SubmissionStatus;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.ReportSnapshotRepository;
import gov.ca.calhr.um.reporting.repository.ReportSubmissionRepository;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Edition;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalLine;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Submission;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.SubmittedVersion;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.YearAppointments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A department's submission of its annual report to CalHR and CalHR's review of it: the coordinator
 * submits (the figures are frozen as the next submitted version), the department's staff and CalHR
 * read the versions submitted, and a CalHR analyst accepts or returns the latest.
 */
@ApplicationScoped
public class ReportSubmissionService {

    private final DepartmentReportBuilder builder;
    private final ReportSubmissionStatus status;
    private final ReportSubmissionRepository submissions;
    private final ReportSnapshotRepository snapshots;
    private final ObjectMapper mapper;

    public ReportSubmissionService(DepartmentReportBuilder builder, ReportSubmissionStatus status,
                                   ReportSubmissionRepository submissions, ReportSnapshotRepository snapshots,
                                   ObjectMapper mapper) {
        this.builder = builder;
        this.status = status;
        this.submissions = submissions;
        this.snapshots = snapshots;
        this.mapper = mapper;
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
        DepartmentReport report = builder.build(d, year);
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
        return freeze(report.as(report.edition(), status.submission(d, year)), caller);
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
            return builder.build(d, year);
        }
        ReportSnapshot v = snap.get();
        v.outcome = s.status.name();
        v.feedback = s.feedback;
        v.feedbackBy = s.feedbackBy;
        v.feedbackAt = s.feedbackAt;
        return thaw(v);
    }
}
