package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeSearch;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EmployeeRepository implements PanacheRepositoryBase<Employee, String> {

    /** A department's employees matching {@code s}, by employee id. */
    public PanacheQuery<Employee> search(String department, EmployeeSearch s) {
        StringBuilder q = new StringBuilder("department = :d");
        Parameters params = Parameters.with("d", department);
        if (s.eligibleOnly()) {
            q.append(" and status = :active and currentClassCode in "
                    + "(select c.classCode from ClassificationCopy c where c.umCategory = 'LPEL')");
            params = params.and("active", EmployeeStatus.ACTIVE);
        }
        if (s.name() != null && !s.name().isBlank()) {
            q.append(" and lower(name) like :name escape '\\'");
            params = params.and("name", "%" + s.name().strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.classCode() != null) {
            q.append(" and currentClassCode = :classCode");
            params = params.and("classCode", s.classCode());
        }
        if (s.supervisorId() != null && !s.supervisorId().isBlank()) {
            q.append(" and supervisorId = :supervisor");
            params = params.and("supervisor", s.supervisorId());
        }
        if (s.status() != null) {
            q.append(" and status = :status");
            params = params.and("status", s.status());
        }
        return find(q + " order by employeeId", params);
    }

    /** The ids of the department's eligible employees (active, in an LPEL class) who have an e-mail address. */
    public List<String> eligibleWithEmail(String department) {
        return getEntityManager().createQuery("""
                        select e.employeeId from Employee e
                        where e.department = :d and e.status = :active and e.email is not null and e.email <> ''
                        and e.currentClassCode in (select c.classCode from ClassificationCopy c where c.umCategory = 'LPEL')
                        order by e.employeeId""", String.class)
                .setParameter("d", department).setParameter("active", EmployeeStatus.ACTIVE).getResultList();
    }

    public Map<String, Employee> byId(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1", employeeIds).stream()
                .collect(Collectors.toMap(e -> e.employeeId, Function.identity()));
    }
}
