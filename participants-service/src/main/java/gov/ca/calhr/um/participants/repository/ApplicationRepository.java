package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    public Optional<Application> openFor(String employeeId) {
        return find("employeeId = ?1 and status in ?2", employeeId, ApplicationStatus.OPEN).firstResultOptional();
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
