package gov.ca.calhr.um.classification.repository;

import gov.ca.calhr.um.classification.domain.DepartmentUmClass;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DepartmentUmClassRepository implements PanacheRepositoryBase<DepartmentUmClass, DepartmentUmClass.Key> {

    public List<DepartmentUmClass> ofDepartment(String department) {
        return list("department = ?1 order by classCode", department);
    }
}
