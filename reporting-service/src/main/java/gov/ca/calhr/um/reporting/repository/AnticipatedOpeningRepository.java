package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The openings departments anticipate per fiscal year and ELTPA class (table anticipated_opening). */
@ApplicationScoped
public class AnticipatedOpeningRepository {

    private final EntityManager em;

    public AnticipatedOpeningRepository(EntityManager em) {
        this.em = em;
    }

    /** The openings the department anticipates in the year, by class code. */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> ofDepartmentYear(String department, FiscalYear year) {
        Map<String, Integer> result = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                        select class_code, openings from anticipated_opening
                        where department = ?1 and fiscal_year = ?2 order by class_code""")
                .setParameter(1, department).setParameter(2, year.toString()).getResultList())
                .forEach(r -> result.put(r[0].toString(), ((Number) r[1]).intValue()));
        return result;
    }

    /** Replaces the openings the department anticipates in the year with {@code openings} (by class code). */
    public void replace(String department, FiscalYear year, Map<String, Integer> openings, Instant updatedAt) {
        em.createNativeQuery("delete from anticipated_opening where department = ?1 and fiscal_year = ?2")
                .setParameter(1, department).setParameter(2, year.toString()).executeUpdate();
        openings.forEach((code, count) -> em.createNativeQuery("""
                        insert into anticipated_opening (department, fiscal_year, class_code, openings, updated_at)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, department).setParameter(2, year.toString()).setParameter(3, code)
                .setParameter(4, count).setParameter(5, updatedAt).executeUpdate());
    }
}
