package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

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
}
