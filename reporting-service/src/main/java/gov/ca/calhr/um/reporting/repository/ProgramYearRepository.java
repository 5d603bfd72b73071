package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.ProgramYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The departments' statements per fiscal year (table program_year). */
@ApplicationScoped
public class ProgramYearRepository {

    private static final String COLUMNS = "department, fiscal_year, training_budget, assigned_to_um, updated_by, "
            + "updated_at";

    private final EntityManager em;

    public ProgramYearRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ProgramYear> find(String department, String fiscalYear) {
        return rows("select " + COLUMNS + " from program_year where department = ?1 and fiscal_year = ?2",
                department, fiscalYear).stream().findFirst();
    }

    public List<ProgramYear> list(String department) {
        return rows("select " + COLUMNS + " from program_year where department = ?1 order by fiscal_year",
                department);
    }

    public void save(ProgramYear y) {
        em.createNativeQuery("""
                        insert into program_year (department, fiscal_year, training_budget, assigned_to_um,
                                                  updated_by, updated_at)
                        values (?1, ?2, cast(?3 as numeric), cast(?4 as numeric), ?5, ?6)
                        on conflict (department, fiscal_year) do update set training_budget = excluded.training_budget,
                            assigned_to_um = excluded.assigned_to_um, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .setParameter(1, y.department()).setParameter(2, y.fiscalYear())
                .setParameter(3, y.trainingBudget())
                .setParameter(4, y.assignedToUm())
                .setParameter(5, y.updatedBy()).setParameter(6, y.updatedAt())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<ProgramYear> rows(String sql, Object... params) {
        var query = SqlValues.bind(em.createNativeQuery(sql), params);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new ProgramYear((String) r[0], (String) r[1],
                (BigDecimal) r[2], (BigDecimal) r[3],
                (String) r[4], SqlValues.instant(r[5])))
                .toList();
    }
}
