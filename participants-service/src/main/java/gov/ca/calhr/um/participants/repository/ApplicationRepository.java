package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Applications to the UM program. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    public Optional<Application> openFor(String employeeId) {
        return find("employeeId = ?1 and status in ?2", employeeId, ApplicationStatus.OPEN).firstResultOptional();
    }

    /** Those of the employees who have an application awaiting a decision, in one query. */
    public Set<String> withOpenApplications(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery(
                        "select distinct employeeId from Application where employeeId in ?1 and status in ?2", String.class)
                .setParameter(1, employeeIds).setParameter(2, ApplicationStatus.OPEN).getResultList());
    }

    public PanacheQuery<Application> inDepartment(String department, ApplicationStatus status) {
        return status == null
                ? find("department = ?1 order by submittedAt desc, applicationId", department)
                : find("department = ?1 and status = ?2 order by submittedAt desc, applicationId", department, status);
    }

    /** The employee's applications that await a decision (normally one). */
    public List<Application> allOpenFor(String employeeId) {
        return list("employeeId = ?1 and status in ?2", employeeId, ApplicationStatus.OPEN);
    }

    /**
     * The applications of a department an employee may read, newest first: their own and, for a
     * {@code supervisor}, also their reports' and those with no supervisor of record.
     */
    public PanacheQuery<Application> seenByEmployee(String department, String employeeId, boolean supervisor,
                                                    ApplicationStatus status) {
        String who = supervisor
                ? "(employeeId = :me or supervisorId = :me or supervisorId is null)" : "employeeId = :me";
        Parameters params = Parameters.with("d", department).and("me", employeeId);
        String statusFilter = "";
        if (status != null) {
            statusFilter = " and status = :status";
            params = params.and("status", status);
        }
        return find("department = :d and " + who + statusFilter + " order by submittedAt desc, applicationId",
                params);
    }

    public PanacheQuery<Application> ofEmployee(String employeeId) {
        return find("employeeId = ?1 order by submittedAt desc, applicationId", employeeId);
    }
}
