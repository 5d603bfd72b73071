package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DepartmentProgramRepository implements PanacheRepositoryBase<DepartmentProgram, String> {
}
