package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.TdAssignmentCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Reporting's copies of plans-service's T&D assignments (table td_fact). */
@ApplicationScoped
public class TdAssignmentCopyRepository implements PanacheRepositoryBase<TdAssignmentCopy, UUID> {

    /**
     * The department's T&D assignments not ended that run 24 months full time or longer, the
     * equivalent for less than full time (24 / fraction months), by id.
     */
    @SuppressWarnings("unchecked")
    public List<String> overLimit(String department) {
        return getEntityManager().createNativeQuery("""
                        select t.assignment_id::text from td_fact t
                        where t.department = ?1 and t.status <> 'ENDED'
                          and t.end_date >= t.start_date + (interval '1 month' * (24 / t.time_base_fraction))
                        order by 1""").setParameter(1, department).getResultList();
    }
}
