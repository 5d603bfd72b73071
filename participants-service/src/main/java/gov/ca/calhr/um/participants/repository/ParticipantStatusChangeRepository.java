package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.ParticipantStatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
public class ParticipantStatusChangeRepository implements PanacheRepositoryBase<ParticipantStatusChange, Long> {

    public List<ParticipantStatusChange> history(UUID participantId) {
        return list("participantId = ?1 order by changeId", participantId);
    }

    /** The histories of the participants, each oldest first: one query for all. */
    public Map<UUID, List<ParticipantStatusChange>> histories(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return list("participantId in ?1 order by changeId", participantIds).stream()
                .collect(Collectors.groupingBy(c -> c.participantId));
    }

    /** The day the participation began (its first status). */
    public LocalDate startOf(UUID participantId) {
        return find("participantId = ?1 order by changeId", participantId).firstResultOptional()
                .map(c -> c.effectiveDate).orElse(null);
    }
}
