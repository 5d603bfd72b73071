package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The participant's plan that is not completed or closed, locked for update. */
    public Optional<Plan> openForUpdate(UUID participantId) {
        return find("participantId = ?1 and status not in ?2", participantId, PlanStatus.FINISHED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
