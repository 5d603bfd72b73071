package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.rest.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ApplicationDecisionRepository;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.OpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications to the UM program: the employee applies, the supervisor approves or not with
 * comments, the coordinator selects, waitlists or does not select, weighing the selection factors
 * of the CalHR guidelines; the employee is told every outcome.
 */
@ApplicationScoped
public class ApplicationService {

    /** One selection factor: a score from 1 to 5, a note, or both. */
    public record Factor(Integer score, String note) {
    }

    /** The selection factors the CalHR UM guidelines name; every one must be assessed. */
    public static final List<String> FACTORS = List.of("departmentObjectives", "staffingNeeds", "availableFunds",
            "tenure", "performance", "motivationAndPotential", "trainingRelevance");

    public record ApplicationView(Application application, List<ApplicationDecision> decisions) {
    }

    private final ApplicationRepository applications;
    private final ApplicationDecisionRepository decisions;
    private final EmployeeRepository employees;
    private final ClassificationViewRepository classes;
    private final OpportunityRepository opportunities;
    private final ParticipantService participants;
    private final Notifier notifier;
    private final ParticipantEvents events;
    private final ObjectMapper mapper;

    public ApplicationService(ApplicationRepository applications, ApplicationDecisionRepository decisions,
                              EmployeeRepository employees, ClassificationViewRepository classes,
                              OpportunityRepository opportunities, ParticipantService participants,
                              Notifier notifier, ParticipantEvents events, ObjectMapper mapper) {
        this.applications = applications;
        this.decisions = decisions;
        this.employees = employees;
        this.classes = classes;
        this.opportunities = opportunities;
        this.participants = participants;
        this.notifier = notifier;
        this.events = events;
        this.mapper = mapper;
    }

    /** The calling employee applies. Only an active employee in an LPEL class, once at a time. */
    @Transactional
    public ApplicationView submit(String careerGoal, String targetClassCode, UUID opportunityId,
                                  CurrentCaller caller) {
        String employeeId = caller.employeeId().orElseThrow(() ->
                new NotAllowed("your token carries no employee_id: only employees apply"));
        ClassificationView target = classes.findByIdOptional(targetClassCode).orElseThrow(() ->
                new UnknownReference("targetClassCode", "unknown class code " + targetClassCode));
        if (!target.isEltpa()) {
            throw new UnknownReference("targetClassCode", "class " + targetClassCode + " (" + target.title
                    + ") is " + target.umCategory + ", not an ELTPA (Upward Mobility) class");
        }
        Employee employee = employees.findByIdOptional(employeeId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() ->
                new ConflictWithState("not eligible: HR has reported no appointment for employee " + employeeId));
        if (opportunityId != null) {
            Opportunity opportunity = opportunities.findByIdOptional(opportunityId)
                    .filter(o -> o.department.equals(employee.department)).orElseThrow(() ->
                            new UnknownReference("opportunityId", "no opportunity " + opportunityId
                                    + " in your department"));
            if (!opportunity.isOpenOn(Timestamps.today())) {
                throw new UnknownReference("opportunityId", "the opportunity is open from " + opportunity.opensOn
                        + " to " + opportunity.closesOn);
            }
        }
        requireEligible(employee);
        applications.openFor(employeeId).ifPresent(open -> {
            throw new ConflictWithState("you already have an open application " + open.applicationId
                    + " (" + open.status + ")");
        });
        participants.current(employeeId).ifPresent(p -> {
            throw new ConflictWithState("you already participate in the program (participant " + p.participantId + ")");
        });
        Application a = new Application();
        a.applicationId = UUID.randomUUID();
        a.department = employee.department;
        a.employeeId = employeeId;
        a.supervisorId = employee.supervisorId;
        a.careerGoal = careerGoal;
        a.targetClassCode = targetClassCode;
        a.opportunityId = opportunityId;
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = Timestamps.now();
        a.updatedAt = a.submittedAt;
        applications.persist(a);
        events.applicationChanged(a);
        String message = "Employee " + employeeId + " applied to the Upward Mobility program (target class "
                + targetClassCode + ") and awaits your review.";
        if (a.supervisorId != null) {
            notifier.toEmployee(a.department, a.supervisorId, "APPLICATION_AWAITS_SUPERVISOR",
                    a.applicationId.toString(), message);
        } else {
            notifier.toRole(a.department, Roles.SUPERVISOR, "APPLICATION_AWAITS_SUPERVISOR",
                    a.applicationId.toString(), message);
        }
        return view(a);
    }

    private void requireEligible(Employee employee) {
        if (employee.status != EmployeeStatus.ACTIVE) {
            throw new ConflictWithState("not eligible: employee " + employee.employeeId + " is " + employee.status);
        }
        boolean lpel = classes.findByIdOptional(employee.currentClassCode).map(ClassificationView::isLpel)
                .orElse(false);
        if (!lpel) {
            throw new ConflictWithState("not eligible: current class " + employee.currentClassCode
                    + " is not a low-paying entry-level (LPEL) class");
        }
    }

    /** The supervisor of record (or, when there is none, a supervisor of the department) reviews. */
    @Transactional
    public ApplicationView supervisorReview(UUID applicationId, boolean approved, String comments,
                                            CurrentCaller caller) {
        Application a = visibleForUpdate(applicationId, caller);
        boolean reviewer = a.supervisorId != null ? caller.isSupervisor(a.supervisorId)
                : caller.actsFor(Roles.SUPERVISOR, a.department)
                && !caller.employeeId().map(a.employeeId::equals).orElse(false);
        if (!reviewer) {
            throw new NotAllowed("only the applicant's supervisor reviews the application");
        }
        requireStatus(a, ApplicationStatus.SUBMITTED);
        a.supervisorReviewedBy = caller.subject();
        a.supervisorApproved = approved;
        a.supervisorComments = comments;
        a.supervisorReviewedAt = Timestamps.now();
        a.status = approved ? ApplicationStatus.SUPERVISOR_APPROVED : ApplicationStatus.SUPERVISOR_DECLINED;
        a.updatedAt = a.supervisorReviewedAt;
        events.applicationChanged(a);
        if (approved) {
            notifier.toRole(a.department, Roles.UM_COORDINATOR, "APPLICATION_AWAITS_SELECTION",
                    a.applicationId.toString(), "Employee " + a.employeeId
                            + "'s Upward Mobility application was approved by the supervisor and awaits selection.");
        }
        notifier.toEmployee(a.department, a.employeeId, "APPLICATION_" + a.status, a.applicationId.toString(),
                "Your supervisor " + (approved ? "approved" : "did not approve") + " your Upward Mobility application"
                        + (comments == null || comments.isBlank() ? "." : ": " + comments));
        return view(a);
    }

    /** The department's coordinator decides, weighing every selection factor. */
    @Transactional
    public ApplicationView decide(UUID applicationId, ApplicationStatus outcome, String reason,
                                  Map<String, Factor> factors, CurrentCaller caller) {
        if (outcome != ApplicationStatus.SELECTED && outcome != ApplicationStatus.WAITLISTED
                && outcome != ApplicationStatus.NOT_SELECTED) {
            throw InvalidInput.field("outcome", "must be SELECTED, WAITLISTED or NOT_SELECTED");
        }
        String factorJson = checkFactors(factors);
        Application a = visibleForUpdate(applicationId, caller);
        if (!caller.actsFor(Roles.UM_COORDINATOR, a.department)) {
            throw new NotAllowed("only the department's UM coordinator selects participants");
        }
        requireStatus(a, ApplicationStatus.SUPERVISOR_APPROVED, ApplicationStatus.WAITLISTED);
        if (outcome == ApplicationStatus.SELECTED) {
            Employee employee = employees.findByIdOptional(a.employeeId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new ConflictWithState("employee " + a.employeeId + " is no longer known"));
            requireEligible(employee);
            participants.current(a.employeeId).ifPresent(p -> {
                throw new ConflictWithState("employee " + a.employeeId + " already participates (" + p.participantId + ")");
            });
            Participant p = participants.enrol(a, caller.subject());
            a.participantId = p.participantId;
        }
        recordDecision(a, outcome, reason, factorJson, caller.subject());
        String said = switch (outcome) {
            case SELECTED -> "You were selected for the Upward Mobility program";
            case WAITLISTED -> "Your Upward Mobility application was placed on the waiting list";
            default -> "You were not selected for the Upward Mobility program this time";
        };
        notifier.toEmployee(a.department, a.employeeId, "APPLICATION_" + outcome, a.applicationId.toString(),
                said + ": " + reason);
        return view(a);
    }

    private String checkFactors(Map<String, Factor> factors) {
        Map<String, Factor> given = factors == null ? Map.of() : factors;
        for (String name : given.keySet()) {
            if (!FACTORS.contains(name)) {
                throw InvalidInput.field("factors." + name, "is not a selection factor; expected " + FACTORS);
            }
        }
        Map<String, Factor> ordered = new LinkedHashMap<>();
        for (String name : FACTORS) {
            Factor f = given.get(name);
            if (f == null || (f.score() == null && (f.note() == null || f.note().isBlank()))) {
                throw InvalidInput.field("factors." + name, "must be assessed with a score (1-5) or a note");
            }
            if (f.score() != null && (f.score() < 1 || f.score() > 5)) {
                throw InvalidInput.field("factors." + name + ".score", "must be between 1 and 5");
            }
            if (f.note() != null && f.note().length() > 2000) {
                throw InvalidInput.field("factors." + name + ".note", "must be at most 2000 characters");
            }
            ordered.put(name, f);
        }
        try {
            return mapper.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An employee who left state service can no longer be selected: their applications that await
     * a decision end with the separation (recorded as a decision, announced, and the department's
     * coordinator told).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void employeeSeparated(String employeeId, String actionId) {
        for (Application a : applications.list("employeeId = ?1 and status in ?2", employeeId,
                ApplicationStatus.OPEN)) {
            recordDecision(a, ApplicationStatus.WITHDRAWN,
                    "the employee separated from state service (personnel action " + actionId + ")", "{}",
                    Roles.HR_SYSTEM);
            notifier.toRole(a.department, Roles.UM_COORDINATOR, "APPLICATION_WITHDRAWN", a.applicationId.toString(),
                    "An Upward Mobility application ended: the applicant separated from state service");
        }
    }

    /** Records the decision, moves the application to its outcome and announces it. */
    private void recordDecision(Application a, ApplicationStatus outcome, String reason, String factorJson,
                                String by) {
        ApplicationDecision d = new ApplicationDecision();
        d.decisionId = UUID.randomUUID();
        d.applicationId = a.applicationId;
        d.outcome = outcome;
        d.reason = reason;
        d.factors = factorJson;
        d.decidedBy = by;
        d.decidedAt = Timestamps.now();
        decisions.persist(d);
        a.status = outcome;
        a.updatedAt = d.decidedAt;
        events.applicationChanged(a);
    }

    /** The applicant takes back an application that awaits a decision. */
    @Transactional
    public ApplicationView withdraw(UUID applicationId, CurrentCaller caller) {
        Application a = visibleForUpdate(applicationId, caller);
        if (!caller.isEmployee(a.employeeId)) {
            throw new NotAllowed("only the applicant withdraws an application");
        }
        requireStatus(a, ApplicationStatus.SUBMITTED, ApplicationStatus.SUPERVISOR_APPROVED,
                ApplicationStatus.WAITLISTED);
        a.status = ApplicationStatus.WITHDRAWN;
        a.updatedAt = Timestamps.now();
        events.applicationChanged(a);
        return view(a);
    }

    public ApplicationView find(UUID applicationId, CurrentCaller caller) {
        return view(applications.findByIdOptional(applicationId).filter(a -> maySee(caller, a))
                .orElseThrow(() -> notFound(applicationId)));
    }

    /**
     * A department's applications: all of them for its coordinator, HR and EEO officer; a
     * supervisor's reports' (and those with no supervisor of record); an employee's own.
     */
    public Page<Application> list(String department, ApplicationStatus status, CurrentCaller caller, int page, int size) {
        caller.requireDepartment(department);
        if (caller.isDepartmentStaff(department)) {
            return Page.of(applications.inDepartment(department.toUpperCase(), status), page, size);
        }
        String me = caller.employeeId().orElseThrow(() -> new NotAllowed("your token carries no employee_id"));
        String statusFilter = status == null ? "" : " and status = :status";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("d", department.toUpperCase());
        params.put("me", me);
        if (status != null) {
            params.put("status", status);
        }
        String who = caller.hasRole(Roles.SUPERVISOR)
                ? "(employeeId = :me or supervisorId = :me or supervisorId is null)" : "employeeId = :me";
        return Page.of(applications.find("department = :d and " + who + statusFilter
                + " order by submittedAt desc, applicationId", params), page, size);
    }

    /** An application the caller was already allowed to read (e.g. from {@link #list}), with its decisions. */
    public ApplicationView view(Application a) {
        return views(List.of(a)).get(0);
    }

    /** Applications the caller was already allowed to read, with their decisions: one query for all. */
    public List<ApplicationView> views(List<Application> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ApplicationDecision>> byApplication = decisions
                .list("applicationId in ?1 order by decidedAt", page.stream().map(a -> a.applicationId).toList())
                .stream().collect(Collectors.groupingBy(d -> d.applicationId));
        return page.stream()
                .map(a -> new ApplicationView(a, byApplication.getOrDefault(a.applicationId, List.of()))).toList();
    }

    private Application visibleForUpdate(UUID applicationId, CurrentCaller caller) {
        return applications.findByIdOptional(applicationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> maySee(caller, a))
                .orElseThrow(() -> notFound(applicationId));
    }

    private static boolean maySee(CurrentCaller caller, Application a) {
        return caller.maySeeRecordsOf(a.department, a.employeeId, a.supervisorId)
                || (a.supervisorId == null && caller.actsFor(Roles.SUPERVISOR, a.department));
    }

    private static RuntimeException notFound(UUID applicationId) {
        return new NotFound("no application " + applicationId + " visible to you");
    }

    private static void requireStatus(Application a, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (a.status == s) {
                return;
            }
        }
        throw new ConflictWithState("application " + a.applicationId + " is " + a.status);
    }
}
