package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.SpendCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reporting's copies of plans-service's training spend per activity (table spend_fact). */
@ApplicationScoped
public class SpendCopyRepository implements PanacheRepositoryBase<SpendCopy, UUID> {

    /** The department's spend in the fiscal year summed by training category (spend without one left out). */
    public Map<String, BigDecimal> sumsByCategory(String department, FiscalYear year) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        getEntityManager().createQuery("""
                        select s.trainingCategory, sum(s.amount) from SpendCopy s
                        where s.department = :d and s.fiscalYear = :fy and s.trainingCategory is not null
                        group by s.trainingCategory""", Object[].class)
                .setParameter("d", department).setParameter("fy", year.toString()).getResultList()
                .forEach(r -> sums.put((String) r[0], (BigDecimal) r[1]));
        return sums;
    }
}
