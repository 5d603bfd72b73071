package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reads of what is kept one per department and fiscal year (goal sets, report submissions). */
final class PerDepartmentYear {

    private PerDepartmentYear() {
    }

    /** The department's entity of the year, locked for update until the transaction ends when {@code locked}. */
    static <T> Optional<T> find(PanacheRepositoryBase<T, ?> store, String department, FiscalYear year,
                                boolean locked) {
        PanacheQuery<T> query = store.find("department = ?1 and fiscalYear = ?2", department, year.toString());
        return (locked ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    /** Each department's status in the year as {@code table} keeps it, by department. */
    @SuppressWarnings("unchecked")
    static Map<String, String> statusByDepartment(EntityManager em, String table, FiscalYear year) {
        Map<String, String> result = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select department, status from " + table + " where fiscal_year = ?1")
                .setParameter(1, year.toString()).getResultList())
                .forEach(r -> result.put((String) r[0], (String) r[1]));
        return result;
    }
}
