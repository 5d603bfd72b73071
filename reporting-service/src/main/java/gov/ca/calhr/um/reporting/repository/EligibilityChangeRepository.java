package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.EligibilityChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EligibilityChangeRepository implements PanacheRepositoryBase<EligibilityChange, String> {

    /**
     * Employees who held an LPEL class in {@code department} on at least one day of the fiscal
     * year: each change is in force from its effective date until the employee's next change.
     */
    public long countEligible(String department, FiscalYear year) {
        Number count = (Number) getEntityManager().createNativeQuery("""
                        with spans as (
                            select employee_id, department, lpel_eligible, effective_date as starts,
                                   lead(effective_date) over (partition by employee_id
                                                              order by effective_date, recorded_at) as ends
                            from eligibility_change
                            -- only the histories of employees who ever were in the department
                            where employee_id in (select employee_id from eligibility_change where department = ?1))
                        select count(distinct employee_id) from spans
                        where lpel_eligible and department = ?1
                          and starts <= ?3 and (ends is null or ends > ?2)""")
                .setParameter(1, department)
                .setParameter(2, year.firstDay())
                .setParameter(3, year.lastDay())
                .getSingleResult();
        return count.longValue();
    }
}
