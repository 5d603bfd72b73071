package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.PlanCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanCopyRepository implements PanacheRepositoryBase<PlanCopy, UUID> {

    /** The latest plan of each of the participations that have one. */
    public Map<UUID, PlanCopy> latestOfParticipants(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PlanCopy> latest = new HashMap<>();
        for (PlanCopy p : list("participantId in ?1 order by updatedAt", participantIds)) {
            latest.put(p.participantId, p);
        }
        return latest;
    }

    /** The employee's latest plan. */
    public Optional<PlanCopy> latestOf(String employeeId) {
        return find("employeeId = ?1 order by updatedAt desc", employeeId).firstResultOptional();
    }
}
