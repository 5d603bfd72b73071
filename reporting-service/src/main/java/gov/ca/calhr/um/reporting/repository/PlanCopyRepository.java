package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.PlanCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Reporting's copies of plans-service's career development plans (table plan_fact). */
@ApplicationScoped
public class PlanCopyRepository implements PanacheRepositoryBase<PlanCopy, UUID> {

    /**
     * How many of the department's participants taking part have a plan in progress that targets a
     * class by a date inside the year, by the class.
     */
    public Map<String, Long> participantsDueByTargetClass(String department, FiscalYear year) {
        Map<String, Long> result = new HashMap<>();
        getEntityManager().createQuery("""
                        select f.targetClassCode, count(distinct f.participantId) from PlanCopy f, ParticipantCopy p
                        where p.participantId = f.participantId and f.department = :d
                          and p.status in ('ACTIVE', 'SUSPENDED') and f.status in ('ACTIVE', 'SUSPENDED')
                          and f.targetClassCode is not null and f.targetDate between :from and :to
                        group by f.targetClassCode""", Object[].class)
                .setParameter("d", department).setParameter("from", year.firstDay()).setParameter("to", year.lastDay())
                .getResultList().forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }
}
