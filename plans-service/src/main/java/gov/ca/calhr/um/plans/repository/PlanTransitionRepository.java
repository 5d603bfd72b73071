package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.PlanTransition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanTransitionRepository implements PanacheRepositoryBase<PlanTransition, Long> {

    public List<PlanTransition> history(UUID planId) {
        return list("planId = ?1 order by transitionId", planId);
    }

    /** The histories of several plans, each in order. */
    public List<PlanTransition> history(List<UUID> planIds) {
        return list("planId in ?1 order by transitionId", planIds);
    }
}
