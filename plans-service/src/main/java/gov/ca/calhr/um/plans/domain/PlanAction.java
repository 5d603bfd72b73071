package gov.ca.calhr.um.plans.domain;

import java.util.EnumSet;
import java.util.Set;

/** The workflow steps a person takes on a plan, with the states each may start from and leads to. */
public enum PlanAction {
    SUBMIT(EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED), PlanStatus.SUBMITTED),
    SUPERVISOR_APPROVE(EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.SUPERVISOR_APPROVED),
    SUPERVISOR_RETURN(EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.RETURNED),
    ACCEPT(EnumSet.of(PlanStatus.SUPERVISOR_APPROVED), PlanStatus.ACTIVE),
    COORDINATOR_RETURN(EnumSet.of(PlanStatus.SUPERVISOR_APPROVED), PlanStatus.RETURNED),
    SUSPEND(EnumSet.of(PlanStatus.ACTIVE), PlanStatus.SUSPENDED),
    REINSTATE(EnumSet.of(PlanStatus.SUSPENDED), PlanStatus.ACTIVE);

    private final Set<PlanStatus> from;
    private final PlanStatus to;

    PlanAction(Set<PlanStatus> from, PlanStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(PlanStatus status) {
        return from.contains(status);
    }

    public Set<PlanStatus> from() {
        return from;
    }

    public PlanStatus to() {
        return to;
    }
}
