package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanAction;
import gov.ca.calhr.um.plans.domain.PlanRevision;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.RevisionStatus;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.PlanRevisionRepository;
import gov.ca.calhr.um.plans.service.PlanService.PlanContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Amending an accepted plan (2 CCR 599.984(c): the plan is revised as the participant's needs
 * change): the employee or supervisor proposes a new revision of the written content; it goes
 * through the same review as the first (submission, supervisor approval, coordinator acceptance
 * with the completeness check, returns with reasons). While it is reviewed the accepted plan stays
 * in force (ACTIVE, its activities and T&D assignments running); on acceptance the new revision
 * replaces it and the earlier ones are kept. One amendment in review per plan.
 */
@ApplicationScoped
public class PlanAmendments {

    private final PlanService plans;
    private final PlanRevisionRepository revisions;
    private final PlanEvents events;

    public PlanAmendments(PlanService plans, PlanRevisionRepository revisions, PlanEvents events) {
        this.plans = plans;
        this.revisions = revisions;
        this.events = events;
    }

    /** Starts an amendment of an ACTIVE plan: the content given replaces the plan's, the rest is carried over. */
    @Transactional
    public PlanView start(UUID planId, String reason, PlanContent content, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireWriter(p, caller);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.field("reason", "say why the plan is amended");
        }
        if (p.status != PlanStatus.ACTIVE) {
            throw new ConflictWithState("plan " + planId + " is " + p.status
                    + ": only an accepted (ACTIVE) plan is amended; a plan not yet accepted is changed as it is");
        }
        revisions.openForUpdate(planId).ifPresent(open -> {
            throw new ConflictWithState("amendment " + open.revision + " of plan " + planId + " is still "
                    + open.status + ": one amendment in review at a time");
        });
        rejectSupervisorChange(p, content);
        plans.checkTarget(content.targetClassCode());
        if (revisions.findByIdOptional(new PlanRevision.Key(planId, p.revision)).isEmpty()) {
            // the revision in force is kept as it was accepted
            PlanRevision accepted = revision(p, p.revision, RevisionStatus.ACCEPTED, p.createdBy, p.createdAt);
            accepted.careerObjectives = p.careerObjectives;
            accepted.targetClassCode = p.targetClassCode;
            accepted.targetDate = p.targetDate;
            accepted.acceptedBy = p.coordinator;
            accepted.acceptedAt = p.acceptedAt;
            revisions.persist(accepted);
        }
        PlanRevision a = revision(p, p.revision + 1, RevisionStatus.DRAFT, caller.subject(), Timestamps.now());
        a.amendmentReason = reason;
        a.careerObjectives = p.careerObjectives;
        a.targetClassCode = p.targetClassCode;
        a.targetDate = p.targetDate;
        write(a, content);
        revisions.persist(a);
        plans.record(p, p.status, "amendment " + a.revision + " started: " + reason, caller.subject(),
                "request:amend");
        return plans.view(p);
    }

    /** Changes the amendment while it is written (DRAFT) or returned; fields left out stay as they are. */
    @Transactional
    public PlanView update(UUID planId, PlanContent content, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireWriter(p, caller);
        PlanRevision a = open(p);
        if (a.status != RevisionStatus.DRAFT && a.status != RevisionStatus.RETURNED) {
            throw new ConflictWithState("amendment " + a.revision + " of plan " + planId + " is " + a.status
                    + ": only a DRAFT or RETURNED amendment changes");
        }
        rejectSupervisorChange(p, content);
        plans.checkTarget(content.targetClassCode());
        write(a, content);
        a.updatedAt = Timestamps.now();
        return plans.view(p);
    }

    /** The content given replaces the amendment's; fields left out stay as they are. */
    private static void write(PlanRevision a, PlanContent content) {
        if (content.careerObjectives() != null) {
            a.careerObjectives = content.careerObjectives();
        }
        if (content.targetClassCode() != null) {
            a.targetClassCode = content.targetClassCode();
        }
        if (content.targetDate() != null) {
            a.targetDate = content.targetDate();
        }
    }

    /** The employee or supervisor withdraws the amendment in review: the plan stays as accepted. */
    @Transactional
    public PlanView withdraw(UUID planId, String reason, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireWriter(p, caller);
        PlanRevision a = open(p);
        a.status = RevisionStatus.WITHDRAWN;
        a.statusReason = reason;
        a.updatedAt = Timestamps.now();
        plans.record(p, p.status, "amendment " + a.revision + " withdrawn"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), caller.subject(),
                "request:amendment-withdrawal");
        return plans.view(p);
    }

    /**
     * A review step (submission, supervisor approval or return, coordinator acceptance or return) on
     * the ACTIVE plan's amendment; the caller was checked to be the one the step needs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    PlanView review(Plan p, PlanAction action, String reason, List<String> missingItems, CurrentCaller caller) {
        if (action == PlanAction.REINSTATE) {
            throw new ConflictWithState("plan " + p.planId + " is ACTIVE; REINSTATE needs it to be SUSPENDED");
        }
        PlanRevision a = revisions.openForUpdate(p.planId).orElseThrow(() -> new ConflictWithState(
                "plan " + p.planId + " is ACTIVE (accepted) and has no amendment in review; start one "
                        + "(POST /api/plans/" + p.planId + "/amendment) to change it"));
        PlanStatus as = a.status.asPlanStatus();
        if (!action.allowedFrom(as)) {
            throw new ConflictWithState("amendment " + a.revision + " of plan " + p.planId + " is " + a.status
                    + "; " + action + " needs it to be "
                    + (action.from().size() == 1 ? action.from().iterator().next() : "one of " + action.from()));
        }
        PlanWorkflow.requireReason(action, reason);
        a.missingItems = null;
        if (action == PlanAction.ACCEPT) {
            List<String> missing = plans.missingItems(p.planId, a.careerObjectives, a.targetClassCode, a.targetDate);
            if (!missing.isEmpty()) {
                throw PlanWorkflow.incomplete(missing);
            }
        } else if (action == PlanAction.COORDINATOR_RETURN) {
            a.missingItems = PlanWorkflow.returnedFor(
                    plans.missingItems(p.planId, a.careerObjectives, a.targetClassCode, a.targetDate), missingItems);
        }
        a.status = RevisionStatus.after(action);
        a.statusReason = reason;
        a.updatedAt = Timestamps.now();
        String step = action.name().toLowerCase().replace('_', ' ');
        String why = "amendment " + a.revision + ": " + step + (reason == null || reason.isBlank() ? "" : ": " + reason);
        if (action != PlanAction.ACCEPT) {
            plans.record(p, p.status, why, caller.subject(), "request:amendment-" + action.name().toLowerCase());
            return plans.view(p);
        }
        a.acceptedBy = caller.subject();
        a.acceptedAt = a.updatedAt;
        p.careerObjectives = a.careerObjectives;
        p.targetClassCode = a.targetClassCode;
        p.targetDate = a.targetDate;
        p.revision = a.revision;
        p.coordinator = a.acceptedBy;
        p.acceptedAt = a.acceptedAt;
        p.statusReason = "amendment " + a.revision + " accepted: " + a.amendmentReason;
        p.updatedAt = a.updatedAt;
        plans.record(p, PlanStatus.ACTIVE, caller.subject(), "request:amendment-accept");
        events.planChanged(p, PlanStatus.ACTIVE, false);
        return plans.view(p);
    }


    private PlanRevision open(Plan p) {
        return revisions.openForUpdate(p.planId).orElseThrow(() ->
                new ConflictWithState("plan " + p.planId + " has no amendment in review"));
    }

    private static PlanRevision revision(Plan p, int number, RevisionStatus status, String by,
                                         Instant at) {
        PlanRevision r = new PlanRevision();
        r.planId = p.planId;
        r.revision = number;
        r.status = status;
        r.createdBy = by;
        r.createdAt = at;
        r.updatedAt = Timestamps.now();
        return r;
    }

    private static void requireWriter(Plan p, CurrentCaller caller) {
        if (!caller.isEmployee(p.employeeId) && !caller.isSupervisor(p.supervisorId)) {
            throw new NotAllowed("only the employee and their supervisor amend the plan");
        }
    }

    private static void rejectSupervisorChange(Plan p, PlanContent content) {
        if (content.supervisorId() != null && !content.supervisorId().equals(p.supervisorId)) {
            throw InvalidInput.field("supervisorId", "an amendment keeps the plan's supervisor ("
                    + p.supervisorId + ")");
        }
    }
}
