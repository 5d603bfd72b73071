package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.EmployeeTimeline;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EmployeeTimelineRepository implements PanacheRepositoryBase<EmployeeTimeline, String> {

    /** The employees' bookkeeping rows, locked for the caller's transaction (in employee order). */
    public Map<String, EmployeeTimeline> lockedByEmployee(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return find("employeeId in ?1 order by employeeId", employeeIds).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().stream().collect(Collectors.toMap(t -> t.employeeId, Function.identity()));
    }

    /**
     * Employees whose derived facts are due for another look on {@code today}: a scheduled action
     * has taken effect, a class they named changed its UM category, or their actions predate the
     * timeline (migration V4 made them due).
     */
    @SuppressWarnings("unchecked")
    public List<String> due(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(
                        "select employee_id from employee_timeline where next_effective_date <= ?1 limit ?2")
                .setParameter(1, today).setParameter(2, limit).getResultList();
    }

    /**
     * Makes due on {@code today} every employee one of whose actions names the class: its UM
     * category changed, so their eligibility, appointments and notices may have. Answers how many.
     */
    public int dueForClass(String classCode, LocalDate today) {
        return getEntityManager().createNativeQuery("""
                        update employee_timeline t set next_effective_date = ?2
                        where (t.next_effective_date is null or t.next_effective_date > ?2)
                          and t.employee_id in (select a.employee_id from personnel_action a
                                                where a.to_class_code = ?1 or a.from_class_code = ?1)""")
                .setParameter(1, classCode).setParameter(2, today).executeUpdate();
    }
}
