package gov.ca.calhr.um.plans.service;

import java.util.LinkedHashMap;
import gov.ca.calhr.um.commons.error.Incomplete;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanAction;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.SuspensionGround;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The plan workflow: who may take which step from which state. An illegal step is a 409 naming
 * the plan's current state; the wrong person gets a 403.
 */
@ApplicationScoped
public class PlanWorkflow {

    private final PlanService plans;
    private final PlanRepository repository;
    private final PlanEvents events;
    private final PlanAmendments amendments;

    public PlanWorkflow(PlanService plans, PlanRepository repository, PlanEvents events, PlanAmendments amendments) {
        this.plans = plans;
        this.repository = repository;
        this.events = events;
        this.amendments = amendments;
    }

    /**
     * @param reason       comments (required to return, suspend or reinstate)
     * @param ground       why a plan is suspended (required to suspend)
     * @param missingItems what the coordinator found missing when returning (the completeness
     *                     check's findings are added)
     */
    @Transactional
    public PlanView take(UUID planId, PlanAction action, String reason, SuspensionGround ground,
                         List<String> missingItems, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireActor(p, action, caller);
        if (p.status == PlanStatus.ACTIVE && action != PlanAction.SUSPEND) {
            // an accepted plan is reviewed again only through an amendment
            return amendments.review(p, action, reason, missingItems, caller);
        }
        if (!action.allowedFrom(p.status)) {
            throw new ConflictWithState("plan " + planId + " is " + p.status + "; " + action + " needs it to be "
                    + (action.from().size() == 1 ? action.from().iterator().next() : "one of " + action.from()));
        }
        requireReason(action, reason);
        p.missingItems = null;
        p.suspensionGround = null;
        switch (action) {
            case ACCEPT -> {
                List<String> missing = plans.missingItems(p);
                if (!missing.isEmpty()) {
                    throw incomplete(missing);
                }
                p.coordinator = caller.subject();
                p.acceptedAt = Timestamps.now();
            }
            case COORDINATOR_RETURN -> p.missingItems = returnedFor(plans.missingItems(p), missingItems);
            case SUSPEND -> {
                if (ground == null) {
                    throw InvalidInput.field("ground", "is required: JOB_PERFORMANCE or TRAINING_OR_ACADEMIC_STANDING");
                }
                p.suspensionGround = ground;
            }
            default -> {
            }
        }
        move(p, action.to(), reason, caller.subject(), "request:" + action.name().toLowerCase());
        return plans.view(p);
    }

    static void requireReason(PlanAction action, String reason) {
        boolean needsReason = action == PlanAction.SUPERVISOR_RETURN || action == PlanAction.COORDINATOR_RETURN
                || action == PlanAction.SUSPEND || action == PlanAction.REINSTATE;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw InvalidInput.field("reason", "is required to " + action.name().toLowerCase().replace('_', ' '));
        }
    }

    /** What a coordinator's return names: the completeness check's findings and the coordinator's own. */
    static String returnedFor(List<String> found, List<String> named) {
        Set<String> missing = new LinkedHashSet<>(found);
        if (named != null) {
            missing.addAll(named);
        }
        if (missing.isEmpty()) {
            throw InvalidInput.field("missingItems", "name what the plan lacks (it passes the "
                    + "completeness check: objectives, target class, activities, timetable)");
        }
        return String.join(",", missing);
    }

    static void requireActor(Plan p, PlanAction action, CurrentCaller caller) {
        boolean allowed = switch (action) {
            case SUBMIT -> caller.isEmployee(p.employeeId) || caller.isSupervisor(p.supervisorId);
            case SUPERVISOR_APPROVE, SUPERVISOR_RETURN -> caller.isSupervisor(p.supervisorId);
            case ACCEPT, COORDINATOR_RETURN, SUSPEND, REINSTATE -> caller.actsFor(Roles.UM_COORDINATOR, p.department);
        };
        if (!allowed) {
            String who = switch (action) {
                case SUBMIT -> "the employee or their supervisor";
                case SUPERVISOR_APPROVE, SUPERVISOR_RETURN -> "the plan's supervisor";
                default -> "the department's UM coordinator";
            };
            throw new NotAllowed("only " + who + " may " + action.name().toLowerCase().replace('_', ' ')
                    + " this plan");
        }
    }

    /** The completeness check failed: 422 with one violation per missing item. */
    static Incomplete incomplete(List<String> missing) {
        List<Map<String, String>> violations = new ArrayList<>();
        for (String item : missing) {
            violations.add(Map.of("field", item, "in", "plan", "message", "is missing"));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("violations", violations);
        members.put("missingItems", missing);
        return new Incomplete("plan-incomplete", "Plan incomplete", "the plan lacks " + String.join(", ", missing),
                members);
    }

    private void move(Plan p, PlanStatus to, String reason, String by, String cause) {
        move(p, to, reason, by, cause, false);
    }

    private void move(Plan p, PlanStatus to, String reason, String by, String cause, boolean followsParticipation) {
        PlanStatus from = p.status;
        p.status = to;
        p.statusReason = reason;
        p.updatedAt = Timestamps.now();
        plans.record(p, from, by, cause);
        events.planChanged(p, from, followsParticipation);
    }

    /**
     * participants-service reported a participant's new status: promotion completes the plan in
     * progress; withdrawal or separation closes it. One suspension holds both the participation and
     * its accepted plan: a suspended participation suspends the plan, and its reinstatement resumes
     * the plan, whichever side was suspended first (participants-service follows the plan's own
     * suspension and reinstatement the same way). A change participants-service made because the plan
     * changed ({@code followsPlan}) is not followed back; a redelivered event finds nothing left to do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void participationChanged(UUID participantId, String previous, String status, String reason,
                                     boolean followsPlan, String cause) {
        String why = reason == null ? "" : ": " + reason;
        String by = "participants-service";
        repository.openForUpdate(participantId).ifPresent(p -> {
            switch (status) {
                case "PROMOTED" -> move(p, PlanStatus.COMPLETED, "promoted" + why, by, cause, true);
                case "WITHDRAWN", "SEPARATED" -> move(p, PlanStatus.CLOSED, status.toLowerCase() + why, by, cause, true);
                case "SUSPENDED" -> {
                    if (!followsPlan && p.status == PlanStatus.ACTIVE) {
                        p.suspensionGround = null;
                        move(p, PlanStatus.SUSPENDED, "participation suspended" + why, by, cause, true);
                    }
                }
                case "ACTIVE" -> {
                    if (!followsPlan && "SUSPENDED".equals(previous) && p.status == PlanStatus.SUSPENDED) {
                        p.suspensionGround = null;
                        move(p, PlanStatus.ACTIVE, "participation reinstated" + why, by, cause, true);
                    }
                }
                default -> {
                }
            }
        });
    }
}
