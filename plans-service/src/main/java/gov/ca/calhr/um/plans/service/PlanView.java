package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanRevision;
import gov.ca.calhr.um.plans.domain.PlanTransition;
import gov.ca.calhr.um.plans.domain.TdAssignment;

import java.util.List;
import java.util.Optional;

/** A plan with its activities, T&D assignments, history and revisions (oldest first; none until first amended). */
public record PlanView(Plan plan, List<Activity> activities, List<TdAssignment> tdAssignments,
                       List<PlanTransition> history, List<PlanRevision> revisions) {

    /** The amendment in review, if any. */
    public Optional<PlanRevision> openAmendment() {
        return revisions.stream().filter(r -> r.status.isOpen()).findFirst();
    }
}
