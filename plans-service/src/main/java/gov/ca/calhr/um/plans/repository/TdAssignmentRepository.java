package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.TdAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The T&D assignments of the plans. */
@ApplicationScoped
public class TdAssignmentRepository implements PanacheRepositoryBase<TdAssignment, UUID> {

    /** The T&D assignments of several plans, each plan's by start date. */
    public List<TdAssignment> ofPlans(List<UUID> planIds) {
        return list("planId in ?1 order by startDate, assignmentId", planIds);
    }
}
