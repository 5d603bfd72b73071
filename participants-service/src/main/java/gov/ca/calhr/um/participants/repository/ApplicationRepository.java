package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationSearch;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.commons.persistence.HqlLiterals;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Applications to the UM program. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The open statuses written into the queries (translated once, not on every read). */
    private static final String OPEN = HqlLiterals.of(ApplicationStatus.OPEN);

    public Optional<Application> openFor(String employeeId) {
        return find("employeeId = ?1 and status in " + OPEN, employeeId).firstResultOptional();
    }

    /** Those of the employees who have an application awaiting a decision, in one query. */
    public Set<String> withOpenApplications(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery(
                        "select distinct employeeId from Application where employeeId in ?1 and status in " + OPEN,
                        String.class)
                .setParameter(1, employeeIds).getResultList());
    }


    /** The employee's applications that await a decision (normally one). */
    public List<Application> allOpenFor(String employeeId) {
        return list("employeeId = ?1 and status in " + OPEN, employeeId);
    }

    /**
     * The applications of a department matching {@code s}, newest first: all of them when
     * {@code employeeId} is null (the department's staff), else those that employee may read: their
     * own and, for a {@code supervisor}, also their reports' and those with no supervisor of record.
     */
    public PanacheQuery<Application> search(String department, ApplicationSearch s, String employeeId,
                                            boolean supervisor) {
        StringBuilder q = new StringBuilder("department = :d");
        Parameters params = Parameters.with("d", department);
        if (employeeId != null) {
            q.append(supervisor ? " and (employeeId = :me or supervisorId = :me or supervisorId is null)"
                    : " and employeeId = :me");
            params = params.and("me", employeeId);
        }
        if (s.status() != null) {
            q.append(" and status = :status");
            params = params.and("status", s.status());
        }
        if (s.targetClassCode() != null) {
            q.append(" and targetClassCode = :targetClass");
            params = params.and("targetClass", s.targetClassCode());
        }
        if (s.opportunityId() != null) {
            q.append(" and opportunityId = :opportunity");
            params = params.and("opportunity", s.opportunityId());
        }
        return find(q + " order by submittedAt desc, applicationId", params);
    }

    /** The applications with these ids, by id: one query. */
    public Map<UUID, Application> byId(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return list("applicationId in ?1", applicationIds).stream()
                .collect(Collectors.toMap(a -> a.applicationId, a -> a));
    }

    public PanacheQuery<Application> ofEmployee(String employeeId) {
        return find("employeeId = ?1 order by submittedAt desc, applicationId", employeeId);
    }
}
