package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.commons.persistence.HqlLiterals;
import gov.ca.calhr.um.plans.domain.PlanRevision;
import gov.ca.calhr.um.plans.domain.RevisionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRevisionRepository implements PanacheRepositoryBase<PlanRevision, PlanRevision.Key> {

    /** The statuses of an amendment still in review, written into the query (see {@link HqlLiterals}). */
    private static final String OPEN = HqlLiterals.of(EnumSet.of(RevisionStatus.DRAFT, RevisionStatus.SUBMITTED,
            RevisionStatus.SUPERVISOR_APPROVED, RevisionStatus.RETURNED));

    /** The plan's amendment in review, locked (the caller holds the plan's lock too). */
    public Optional<PlanRevision> openForUpdate(UUID planId) {
        return find("planId = ?1 and status in " + OPEN, planId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The revisions of several plans, each oldest first. */
    public List<PlanRevision> ofPlans(List<UUID> planIds) {
        return list("planId in ?1 order by planId, revision", planIds);
    }
}
