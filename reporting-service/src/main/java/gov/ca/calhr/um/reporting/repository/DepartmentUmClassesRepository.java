package gov.ca.calhr.um.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Reporting's copy of the departments' UM classes, which classification-service keeps: every list
 * it announced, by the time it announced it (table department_um_classes).
 */
@ApplicationScoped
public class DepartmentUmClassesRepository {

    private final EntityManager em;

    public DepartmentUmClassesRepository(EntityManager em) {
        this.em = em;
    }

    /** Keeps an announcement; the same one again changes nothing. */
    public void record(String department, Instant announcedAt, List<String> umClassCodes,
                       List<String> bridgingClassCodes) {
        em.createNativeQuery("""
                        insert into department_um_classes (department, announced_at, um_class_codes,
                                                           bridging_class_codes)
                        values (?1, ?2, ?3, ?4) on conflict (department, announced_at) do nothing""")
                .setParameter(1, department).setParameter(2, announcedAt)
                .setParameter(3, String.join(",", umClassCodes)).setParameter(4, String.join(",", bridgingClassCodes))
                .executeUpdate();
    }

    /** The UM classes that stood before {@code before}: the list last announced until then (none: empty). */
    @SuppressWarnings("unchecked")
    public List<String> before(String department, Instant before) {
        List<String> rows = em.createNativeQuery("""
                        select um_class_codes from department_um_classes where department = ?1 and announced_at < ?2
                        order by announced_at desc limit 1""")
                .setParameter(1, department).setParameter(2, before).getResultList();
        return rows.isEmpty() || rows.get(0).isBlank() ? List.of() : Arrays.asList(rows.get(0).split(","));
    }
}
