package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanTransition;
import gov.ca.calhr.um.plans.domain.TdAssignment;

import java.util.List;

/** A plan with its activities, T&D assignments and history. */
public record PlanView(Plan plan, List<Activity> activities, List<TdAssignment> tdAssignments,
                       List<PlanTransition> history) {
}
