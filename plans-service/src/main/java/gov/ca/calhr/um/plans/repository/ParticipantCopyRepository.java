package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.ParticipantCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/** This service's copy of the participants (table {@code participant_view}). */
@ApplicationScoped
public class ParticipantCopyRepository implements PanacheRepositoryBase<ParticipantCopy, UUID> {

    /**
     * The employee's active participation, locked for update: two drafts started at once for one
     * participant wait for each other.
     */
    public Optional<ParticipantCopy> activeForUpdate(String employeeId) {
        return find("employeeId = ?1 and status = 'ACTIVE'", employeeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
