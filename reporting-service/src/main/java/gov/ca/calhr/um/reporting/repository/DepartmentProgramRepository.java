package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The departments' UM programs as they are today (table department_program). */
@ApplicationScoped
public class DepartmentProgramRepository implements PanacheRepositoryBase<DepartmentProgram, String> {
}
