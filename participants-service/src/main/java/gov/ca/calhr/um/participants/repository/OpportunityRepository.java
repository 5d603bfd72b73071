package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.OpportunityKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/** Trainings, T&D assignments and job openings posted to a department. */
@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, UUID> {

    /**
     * A department's opportunities closing first: those open on {@code openOn} (every one when
     * null), of {@code kind} (every kind when null).
     */
    public PanacheQuery<Opportunity> inDepartment(String department, LocalDate openOn, OpportunityKind kind) {
        StringBuilder q = new StringBuilder("department = :d");
        Parameters params = Parameters.with("d", department);
        if (openOn != null) {
            q.append(" and opensOn <= :day and closesOn >= :day and status = :open");
            params = params.and("open", gov.ca.calhr.um.participants.domain.OpportunityStatus.OPEN);
            params = params.and("day", openOn);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            params = params.and("kind", kind);
        }
        return find(q + " order by closesOn, opportunityId", params);
    }
}
