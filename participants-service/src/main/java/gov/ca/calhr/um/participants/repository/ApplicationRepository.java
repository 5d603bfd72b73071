package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

    public PanacheQuery<Application> ofEmployee(String employeeId) {
        return find("employeeId = ?1 order by submittedAt desc, applicationId", employeeId);
    }
}
