package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.PlanCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanCopyRepository implements PanacheRepositoryBase<PlanCopy, UUID> {

    /** The employee's latest plan. */
    public Optional<PlanCopy> latestOf(String employeeId) {
        return find("employeeId = ?1 order by updatedAt desc", employeeId).firstResultOptional();
    }
}
