package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.EmployeeTimeline;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EmployeeTimelineRepository implements PanacheRepositoryBase<EmployeeTimeline, String> {

    public Map<String, EmployeeTimeline> byEmployee(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1", employeeIds).stream()
                .collect(Collectors.toMap(t -> t.employeeId, Function.identity()));
    }

    /**
     * Employees whose derived facts are due for another look on {@code today}: a scheduled action
     * has taken effect, or they have actions but were never derived (data from before the timeline).
     */
    @SuppressWarnings("unchecked")
    public List<String> due(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        select employee_id from employee_timeline where next_effective_date <= ?1
                        union
                        select distinct a.employee_id from personnel_action a
                        where not exists (select 1 from employee_timeline t where t.employee_id = a.employee_id)
                        limit ?2""")
                .setParameter(1, today).setParameter(2, limit).getResultList();
    }
}
