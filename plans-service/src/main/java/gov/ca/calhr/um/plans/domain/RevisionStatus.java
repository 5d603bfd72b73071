package gov.ca.calhr.um.plans.domain;

/**
 * Where a revision of a plan stands. The first revision is the plan as first accepted; an
 * amendment is written (DRAFT, or RETURNED for changes), SUBMITTED to the supervisor, approved
 * (SUPERVISOR_APPROVED) and ACCEPTED by the coordinator, when it becomes the plan in force; the
 * employee or supervisor may WITHDRAW it before that, and the plan stays as it was.
 */
public enum RevisionStatus {
    DRAFT, SUBMITTED, SUPERVISOR_APPROVED, RETURNED, ACCEPTED, WITHDRAWN;

    /** An amendment in review: the plan's review steps act on it. */
    public boolean isOpen() {
        return this != ACCEPTED && this != WITHDRAWN;
    }

    /** The plan state whose review steps apply to an amendment in this state. */
    public PlanStatus asPlanStatus() {
        return switch (this) {
            case DRAFT -> PlanStatus.DRAFT;
            case SUBMITTED -> PlanStatus.SUBMITTED;
            case SUPERVISOR_APPROVED -> PlanStatus.SUPERVISOR_APPROVED;
            case RETURNED -> PlanStatus.RETURNED;
            case ACCEPTED -> PlanStatus.ACTIVE;
            case WITHDRAWN -> PlanStatus.CLOSED;
        };
    }

    /** The amendment state a review step leads to. */
    public static RevisionStatus after(PlanAction action) {
        return switch (action) {
            case SUBMIT -> SUBMITTED;
            case SUPERVISOR_APPROVE -> SUPERVISOR_APPROVED;
            case SUPERVISOR_RETURN, COORDINATOR_RETURN -> RETURNED;
            case ACCEPT -> ACCEPTED;
            case SUSPEND, REINSTATE -> throw new IllegalArgumentException(action + " is no review step");
        };
    }
}
