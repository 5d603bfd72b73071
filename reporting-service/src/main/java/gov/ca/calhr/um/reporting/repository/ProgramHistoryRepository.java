package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every description of a department's program, by when it was recorded (table department_program_version). */
@ApplicationScoped
public class ProgramHistoryRepository {

    /** The written plan's elements (DOMAIN.md, "written UM plan"), by the name the API gives them. */
    public static final List<String> ELEMENTS = List.of("policyStatement", "componentsOffered", "howToAccess",
            "selectionCriteria", "rolesResponsibilities");

    /** The plan as it stood: who the coordinator was and each element's text (null: not written). */
    public record PlanVersion(Instant recordedAt, String coordinatorName, Map<String, String> elements) {
    }

    private final EntityManager em;

    public ProgramHistoryRepository(EntityManager em) {
        this.em = em;
    }

    public void record(DepartmentProgram p) {
        em.createNativeQuery("""
                        insert into department_program_version (department, recorded_at, coordinator_name,
                            policy_statement, components_offered, how_to_access, selection_criteria,
                            roles_responsibilities)
                        values (?1, ?2, ?3, cast(?4 as text), cast(?5 as text), cast(?6 as text), cast(?7 as text),
                                cast(?8 as text))
                        on conflict (department, recorded_at) do nothing""")
                .setParameter(1, p.department).setParameter(2, p.updatedAt).setParameter(3, p.coordinatorName)
                .setParameter(4, p.policyStatement).setParameter(5, p.componentsOffered)
                .setParameter(6, p.howToAccess).setParameter(7, p.selectionCriteria)
                .setParameter(8, p.rolesResponsibilities).executeUpdate();
    }

    /** The plan that stood just before {@code before}, if the department had described one by then. */
    @SuppressWarnings("unchecked")
    public Optional<PlanVersion> before(String department, Instant before) {
        List<Object[]> rows = em.createNativeQuery("""
                        select recorded_at, coordinator_name, policy_statement, components_offered, how_to_access,
                               selection_criteria, roles_responsibilities
                        from department_program_version where department = ?1 and recorded_at < ?2
                        order by recorded_at desc limit 1""")
                .setParameter(1, department).setParameter(2, before).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Map<String, String> elements = new LinkedHashMap<>();
        for (int i = 0; i < ELEMENTS.size(); i++) {
            elements.put(ELEMENTS.get(i), (String) r[2 + i]);
        }
        return Optional.of(new PlanVersion(SqlValues.instant(r[0]), (String) r[1], elements));
    }
}
