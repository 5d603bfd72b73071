package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Employee;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmployeeRepository implements PanacheRepositoryBase<Employee, String> {
}
