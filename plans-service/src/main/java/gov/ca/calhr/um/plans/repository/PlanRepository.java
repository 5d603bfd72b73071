package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.commons.persistence.HqlLiterals;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/** The career development plans. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The finished statuses, written into the query (see {@link HqlLiterals}). */
    private static final String FINISHED = HqlLiterals.of(PlanStatus.FINISHED);

    /** The participant's plan that is not completed or closed, locked for update. */
    public Optional<Plan> openForUpdate(UUID participantId) {
        return find("participantId = ?1 and status not in " + FINISHED, participantId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * A department's plans, newest first: all of them when {@code employeeId} is null, else the
     * employee's own and, when {@code asSupervisor}, those they supervise; only those in
     * {@code status} when one is given.
     */
    public PanacheQuery<Plan> inDepartment(String department, String employeeId, boolean asSupervisor,
                                           PlanStatus status) {
        StringBuilder q = new StringBuilder("department = :d");
        Parameters params = Parameters.with("d", department);
        if (employeeId != null) {
            q.append(asSupervisor ? " and (employeeId = :me or supervisorId = :me)" : " and employeeId = :me");
            params = params.and("me", employeeId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params = params.and("status", status);
        }
        return find(q + " order by createdAt desc, planId", params);
    }
}
