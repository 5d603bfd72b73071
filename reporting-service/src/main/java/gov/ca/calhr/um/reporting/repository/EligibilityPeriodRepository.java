package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.EmployeeFacts;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Employees' eligibility periods (active in an LPEL class of record), as participants-service
 * derives them from each employee's timeline. A T&D assignment's class is never one of them.
 */
@ApplicationScoped
public class EligibilityPeriodRepository {

    private final EntityManager em;

    public EligibilityPeriodRepository(EntityManager em) {
        this.em = em;
    }

    /** The LPEL classes the department's employees held on at least one day of the year. */
    @SuppressWarnings("unchecked")
    public List<String> lpelClassesUsed(String department, FiscalYear year) {
        return em.createNativeQuery("""
                        select distinct class_code from eligibility_period
                        where department = ?1 and starts <= ?3 and (ends is null or ends > ?2)
                          and (ends is null or ends > starts)
                        order by class_code""")
                .setParameter(1, department).setParameter(2, year.firstDay()).setParameter(3, year.lastDay())
                .getResultList().stream().map(Object::toString).toList();
    }

    /** The employees' eligibility periods, as the figures count them, by employee. */
    @SuppressWarnings("unchecked")
    public Map<String, List<FigureRuns.Period>> ofEmployees(Collection<String> employeeIds) {
        Map<String, List<FigureRuns.Period>> periods = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                        select employee_id, department, starts, ends from eligibility_period
                        where employee_id = any (cast(?1 as varchar[]))""")
                .setParameter(1, employeeIds.toArray(String[]::new)).getResultList())
                .forEach(r -> periods.computeIfAbsent((String) r[0], e -> new ArrayList<>())
                        .add(new FigureRuns.Period((String) r[1], SqlValues.date(r[2]), SqlValues.date(r[3]))));
        return periods;
    }

    /** Removes the employees' eligibility periods; answers what they were, as the figures counted them, by employee. */
    public Map<String, List<FigureRuns.Period>> removeOfEmployees(Collection<String> employeeIds) {
        Map<String, List<FigureRuns.Period>> removed = new HashMap<>();
        SqlValues.returning(em, """
                delete from eligibility_period where employee_id = any (?)
                returning employee_id, department, starts, ends""", employeeIds, old -> {
            Date ends = old.getDate(4);
            return Map.entry(old.getString(1), new FigureRuns.Period(old.getString(2), old.getDate(3).toLocalDate(),
                    ends == null ? null : ends.toLocalDate()));
        }).forEach(e -> removed.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return removed;
    }

    /** Adds the eligibility periods of the employees' facts, in one batch. */
    public void insert(Collection<EmployeeFacts> facts) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement periods = c.prepareStatement("""
                    insert into eligibility_period (employee_id, department, class_code, starts, ends)
                    values (?, ?, ?, ?, ?)""")) {
                for (EmployeeFacts f : facts) {
                    for (EmployeeFacts.EligibilityPeriod p : f.eligibility()) {
                        periods.setString(1, f.employeeId());
                        periods.setString(2, p.department());
                        periods.setString(3, p.classCode());
                        periods.setDate(4, Date.valueOf(p.from()));
                        periods.setDate(5, p.to() == null ? null : Date.valueOf(p.to()));
                        periods.addBatch();
                    }
                }
                periods.executeBatch();
            }
        });
    }
}
