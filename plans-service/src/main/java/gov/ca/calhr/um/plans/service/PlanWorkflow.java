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

    public PlanWorkflow(PlanService plans, PlanRepository repository, PlanEvents events) {
        this.plans = plans;
        this.repository = repository;
        this.events = events;
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
        if (!action.allowedFrom(p.status)) {
            throw new ConflictWithState("plan " + planId + " is " + p.status + "; " + action + " needs it to be "
                    + (action.from().size() == 1 ? action.from().iterator().next() : "one of " + action.from()));
        }
        boolean needsReason = action == PlanAction.SUPERVISOR_RETURN || action == PlanAction.COORDINATOR_RETURN
                || action == PlanAction.SUSPEND || action == PlanAction.REINSTATE;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw InvalidInput.field("reason", "is required to " + action.name().toLowerCase().replace('_', ' '));
        }
        p.missingItems = null;
        p.suspensionGround = null;
        switch (action) {
            case ACCEPT -> {
                List<String> missing = plans.missingItems(p);
                if (!missing.isEmpty()) {
                    throw incomplete(missing);
                }
                p.coordinator = caller.subject();
            }
            case COORDINATOR_RETURN -> {
                Set<String> missing = new LinkedHashSet<>(plans.missingItems(p));
                if (missingItems != null) {
                    missing.addAll(missingItems);
                }
                if (missing.isEmpty()) {
                    throw InvalidInput.field("missingItems", "name what the plan lacks (it passes the "
                            + "completeness check: objectives, target class, activities, timetable)");
                }
                p.missingItems = String.join(",", missing);
            }
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

    private static void requireActor(Plan p, PlanAction action, CurrentCaller caller) {
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
    private static Incomplete incomplete(List<String> missing) {
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
        PlanStatus from = p.status;
        p.status = to;
        p.statusReason = reason;
        p.updatedAt = Timestamps.now();
        plans.record(p, from, by, cause);
        events.planChanged(p, from);
    }

    /** How a plan suspended with its participation starts its reason: only such a plan resumes with it. */
    static final String HELD_WITH_PARTICIPATION = "participation suspended";

    /**
     * participants-service reported a participant's new status: promotion completes the plan in
     * progress; withdrawal or separation closes it; a suspended participation holds its accepted plan
     * (one suspension for both), and its reinstatement resumes the plan it held, not one the
     * coordinator suspended on its own grounds. A redelivered event finds nothing left to do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void participationChanged(UUID participantId, String status, String reason, String cause) {
        String why = reason == null ? "" : ": " + reason;
        repository.openForUpdate(participantId).ifPresent(p -> {
            switch (status) {
                case "PROMOTED" -> move(p, PlanStatus.COMPLETED, "promoted" + why, "participants-service", cause);
                case "WITHDRAWN", "SEPARATED" ->
                        move(p, PlanStatus.CLOSED, status.toLowerCase() + why, "participants-service", cause);
                case "SUSPENDED" -> {
                    if (p.status == PlanStatus.ACTIVE) {
                        p.suspensionGround = null;
                        move(p, PlanStatus.SUSPENDED, HELD_WITH_PARTICIPATION + why, "participants-service", cause);
                    }
                }
                case "ACTIVE" -> {
                    if (p.status == PlanStatus.SUSPENDED && p.statusReason != null
                            && p.statusReason.startsWith(HELD_WITH_PARTICIPATION)) {
                        move(p, PlanStatus.ACTIVE, "participation reinstated" + why, "participants-service", cause);
                    }
                }
                default -> {
                }
            }
        });
    }
}
