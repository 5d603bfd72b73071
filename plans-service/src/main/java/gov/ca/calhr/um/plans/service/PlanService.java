package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.ClassificationCopy;
import gov.ca.calhr.um.plans.domain.ParticipantCopy;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanRevision;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.PlanTransition;
import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.ActivityRepository;
import gov.ca.calhr.um.plans.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.plans.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.plans.repository.PlanRepository;
import gov.ca.calhr.um.plans.repository.PlanRevisionRepository;
import gov.ca.calhr.um.plans.repository.PlanTransitionRepository;
import gov.ca.calhr.um.plans.repository.TdAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Career development plans: one in progress per participant, earlier ones kept. The employee,
 * their supervisor and the department's staff see a plan; nobody else learns it exists.
 */
@ApplicationScoped
public class PlanService {

    /** What the employee and supervisor write; null fields stay as they are on an update. */
    public record PlanContent(String careerObjectives, String targetClassCode, LocalDate targetDate,
                              String supervisorId) {
    }

    private final PlanRepository plans;
    private final PlanTransitionRepository transitions;
    private final ActivityRepository activities;
    private final TdAssignmentRepository tdAssignments;
    private final ParticipantCopyRepository participants;
    private final ClassificationCopyRepository classes;
    private final PlanEvents events;
    private final PlanRevisionRepository revisions;

    public PlanService(PlanRepository plans, PlanTransitionRepository transitions, ActivityRepository activities,
                       TdAssignmentRepository tdAssignments, ParticipantCopyRepository participants,
                       ClassificationCopyRepository classes, PlanEvents events, PlanRevisionRepository revisions) {
        this.revisions = revisions;
        this.plans = plans;
        this.transitions = transitions;
        this.activities = activities;
        this.tdAssignments = tdAssignments;
        this.participants = participants;
        this.classes = classes;
        this.events = events;
    }

    /**
     * The employee (for themself) or their supervisor (naming the employee) starts a draft. The
     * employee must be an active participant, as participants-service last announced.
     */
    @Transactional
    public PlanView create(String employeeId, PlanContent content, CurrentCaller caller) {
        String me = caller.employeeId().orElseThrow(() ->
                new NotAllowed("your token carries no employee_id: only employees and supervisors draft plans"));
        boolean forSelf = employeeId == null || employeeId.equals(me);
        if (forSelf && !caller.hasRole(Roles.EMPLOYEE)) {
            throw InvalidInput.field("employeeId", "name the employee whose plan you draft");
        }
        if (!forSelf && !caller.hasRole(Roles.SUPERVISOR)) {
            throw new NotAllowed("only the employee or their supervisor drafts a plan");
        }
        String planFor = forSelf ? me : employeeId;
        // locked: two drafts started at once for one participant wait for each other
        ParticipantCopy participant = participants.activeForUpdate(planFor)
                .filter(p -> caller.department().map(p.department::equalsIgnoreCase).orElse(false))
                .orElseThrow(() -> new ConflictWithState("employee " + planFor
                        + " is not an active Upward Mobility participant of your department"));
        String supervisorId = supervisorFor(participant, forSelf ? content.supervisorId() : me);
        if (!forSelf && !supervisorId.equals(me)) {
            throw new NotAllowed("only the employee's supervisor of record drafts a plan for them");
        }
        plans.openForUpdate(participant.participantId).ifPresent(open -> {
            throw new ConflictWithState("plan " + open.planId + " is still " + open.status
                    + ": one plan in progress per participant");
        });
        checkTarget(content.targetClassCode());
        Plan p = new Plan();
        p.planId = UUID.randomUUID();
        p.participantId = participant.participantId;
        p.employeeId = planFor;
        p.department = participant.department;
        p.supervisorId = supervisorId;
        p.careerObjectives = content.careerObjectives();
        p.targetClassCode = content.targetClassCode() != null ? content.targetClassCode()
                : participant.targetClassCode;
        p.targetDate = content.targetDate();
        p.status = PlanStatus.DRAFT;
        p.createdBy = caller.subject();
        p.createdAt = Timestamps.now();
        p.updatedAt = p.createdAt;
        plans.persist(p);
        record(p, null, caller.subject(), "request:create");
        events.planChanged(p, null, false);
        return view(p);
    }

    /** The employee or supervisor changes a plan while it is a draft or returned. */
    @Transactional
    public PlanView update(UUID planId, PlanContent content, CurrentCaller caller) {
        Plan p = visibleForUpdate(planId, caller);
        if (!caller.isEmployee(p.employeeId) && !caller.isSupervisor(p.supervisorId)) {
            throw new NotAllowed("only the employee and their supervisor write the plan");
        }
        if (!p.status.isEditable()) {
            throw new ConflictWithState("plan " + planId + " is " + p.status + ": only a DRAFT or RETURNED plan changes");
        }
        checkTarget(content.targetClassCode());
        if (content.careerObjectives() != null) {
            p.careerObjectives = content.careerObjectives();
        }
        if (content.targetClassCode() != null) {
            p.targetClassCode = content.targetClassCode();
        }
        if (content.targetDate() != null) {
            p.targetDate = content.targetDate();
        }
        if (content.supervisorId() != null && !content.supervisorId().equals(p.supervisorId)) {
            ParticipantCopy participant = participants.findById(p.participantId);
            p.supervisorId = supervisorFor(participant, content.supervisorId());
        }
        p.updatedAt = Timestamps.now();
        return view(p);
    }

    /**
     * The plan's supervisor: the supervisor of record participants-service reported; only when it
     * reported none may the employee name one, and never themself.
     */
    private static String supervisorFor(ParticipantCopy participant, String named) {
        if (participant.supervisorId != null) {
            if (named != null && !named.equals(participant.supervisorId)) {
                throw new UnknownReference("supervisorId", "the supervisor of record of " + participant.employeeId
                        + " is " + participant.supervisorId);
            }
            return participant.supervisorId;
        }
        if (named == null) {
            throw InvalidInput.field("supervisorId", "name the supervisor you draft the plan with");
        }
        if (named.equals(participant.employeeId)) {
            throw InvalidInput.field("supervisorId", "must be someone other than the employee");
        }
        return named;
    }

    void checkTarget(String classCode) {
        if (classCode == null) {
            return;
        }
        ClassificationCopy c = classes.findByIdOptional(classCode).orElseThrow(() ->
                new UnknownReference("targetClassCode", "unknown class code " + classCode));
        if (!c.isEltpa()) {
            throw new UnknownReference("targetClassCode", "class " + classCode + " (" + c.title + ") is "
                    + c.umCategory + ", not an ELTPA (Upward Mobility) class");
        }
    }

    /** What the coordinator's completeness check finds missing. */
    List<String> missingItems(Plan p) {
        return missingItems(p.planId, p.careerObjectives, p.targetClassCode, p.targetDate);
    }

    /** What the completeness check finds missing in a plan's content (as written, or as an amendment proposes). */
    List<String> missingItems(UUID planId, String careerObjectives, String targetClassCode, LocalDate targetDate) {
        List<String> missing = new ArrayList<>();
        if (careerObjectives == null || careerObjectives.isBlank()) {
            missing.add("careerObjectives");
        }
        if (targetClassCode == null) {
            missing.add("targetClassCode");
        } else if (classes.findByIdOptional(targetClassCode).map(c -> !c.isEltpa()).orElse(true)) {
            missing.add("targetClassCode");
        }
        if (activities.countNotCancelled(planId) == 0) {
            missing.add("activities");
        }
        if (targetDate == null) {
            missing.add("targetDate");
        }
        return missing;
    }

    void record(Plan p, PlanStatus from, String by, String cause) {
        record(p, from, p.statusReason, by, cause);
    }

    /** Keeps a step of the plan's history: from which state to its current one, why, who, through what. */
    void record(Plan p, PlanStatus from, String reason, String by, String cause) {
        PlanTransition t = new PlanTransition();
        t.planId = p.planId;
        t.fromStatus = from;
        t.toStatus = p.status;
        t.reason = reason;
        t.changedBy = by;
        t.cause = cause;
        t.changedAt = Timestamps.now();
        transitions.persist(t);
    }

    public PlanView find(UUID planId, CurrentCaller caller) {
        return view(plans.findByIdOptional(planId).filter(p -> maySee(caller, p))
                .orElseThrow(() -> notFound(planId)));
    }

    /** The department's plans for its staff; a supervisor's reports' plans; an employee's own. */
    public Page<Plan> list(String department, PlanStatus status, CurrentCaller caller, int page, int size) {
        caller.requireDepartment(department);
        // staff see all the department's plans; the others their own (and a supervisor their reports')
        String me = caller.isDepartmentStaff(department) ? null
                : caller.employeeId().orElseThrow(() -> new NotAllowed("your token carries no employee_id"));
        boolean asSupervisor = me != null && caller.hasRole(Roles.SUPERVISOR);
        return Page.of(plans.inDepartment(department.toUpperCase(), me, asSupervisor, status), page, size);
    }

    public PlanView view(Plan p) {
        return views(List.of(p)).get(0);
    }

    /** The plans with their activities, T&D assignments, history and revisions: four queries for all of them. */
    public List<PlanView> views(List<Plan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = plans.stream().map(p -> p.planId).toList();
        Map<UUID, List<Activity>> planActivities = activities.ofPlans(ids).stream()
                .collect(Collectors.groupingBy(a -> a.planId));
        Map<UUID, List<TdAssignment>> planAssignments = tdAssignments.ofPlans(ids).stream()
                .collect(Collectors.groupingBy(t -> t.planId));
        Map<UUID, List<PlanTransition>> histories = transitions.history(ids).stream()
                .collect(Collectors.groupingBy(t -> t.planId));
        Map<UUID, List<PlanRevision>> planRevisions = revisions.ofPlans(ids).stream()
                .collect(Collectors.groupingBy(r -> r.planId));
        return plans.stream().map(p -> new PlanView(p, planActivities.getOrDefault(p.planId, List.of()),
                planAssignments.getOrDefault(p.planId, List.of()), histories.getOrDefault(p.planId, List.of()),
                planRevisions.getOrDefault(p.planId, List.of())))
                .toList();
    }

    Plan visibleForUpdate(UUID planId, CurrentCaller caller) {
        return plans.findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE).filter(p -> maySee(caller, p))
                .orElseThrow(() -> notFound(planId));
    }

    static boolean maySee(CurrentCaller caller, Plan p) {
        return caller.maySeeRecordsOf(p.department, p.employeeId, p.supervisorId);
    }

    private static RuntimeException notFound(UUID planId) {
        return new NotFound("no plan " + planId + " visible to you");
    }
}
