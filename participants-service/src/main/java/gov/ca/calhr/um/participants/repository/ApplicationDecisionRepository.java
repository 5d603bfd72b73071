package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The selection decisions taken on applications. */
@ApplicationScoped
public class ApplicationDecisionRepository implements PanacheRepositoryBase<ApplicationDecision, UUID> {

    /** The decisions on each of the applications that have some, oldest first, in one query. */
    public Map<UUID, List<ApplicationDecision>> byApplication(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("applicationId in ?1 order by decidedAt", applicationIds).stream()
                .collect(Collectors.groupingBy(d -> d.applicationId));
    }
}
