package gov.ca.calhr.um.plans.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a career development plan stands. The employee drafts it with the supervisor, submits it;
 * the supervisor approves or returns it; the coordinator accepts it (active) or returns it with
 * the missing items named; an active plan may be suspended and reinstated; promotion completes it
 * and a withdrawal or separation closes it.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, SUPERVISOR_APPROVED, RETURNED, ACTIVE, SUSPENDED, COMPLETED, CLOSED;

    /** Plans that are finished; a participant may start a new plan only when all theirs are. */
    public static final Set<PlanStatus> FINISHED = EnumSet.of(COMPLETED, CLOSED);

    /** While a plan is being written its content may change. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Activities may be added while the plan is written and while it runs; not while suspended or under review. */
    public boolean acceptsActivities() {
        return this == DRAFT || this == RETURNED || this == ACTIVE;
    }

    public boolean isFinished() {
        return FINISHED.contains(this);
    }
}
