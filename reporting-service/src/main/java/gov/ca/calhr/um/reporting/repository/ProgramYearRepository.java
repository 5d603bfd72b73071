package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.ProgramYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The departments' statements per fiscal year (table program_year). */
@ApplicationScoped
public class ProgramYearRepository {

    private static final String COLUMNS = "department, fiscal_year, training_budget, assigned_to_um, um_class_codes, "
            + "updated_by, updated_at";

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
                                                  um_class_codes, updated_by, updated_at)
                        values (?1, ?2, cast(?3 as numeric), cast(?4 as numeric), cast(?5 as varchar), ?6, ?7)
                        on conflict (department, fiscal_year) do update set training_budget = excluded.training_budget,
                            assigned_to_um = excluded.assigned_to_um, um_class_codes = excluded.um_class_codes,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .setParameter(1, y.department()).setParameter(2, y.fiscalYear())
                .setParameter(3, y.trainingBudget())
                .setParameter(4, y.assignedToUm())
                .setParameter(5, y.umClassCodes() == null ? null : String.join(",", y.umClassCodes()))
                .setParameter(6, y.updatedBy()).setParameter(7, y.updatedAt())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<ProgramYear> rows(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new ProgramYear((String) r[0], (String) r[1],
                (BigDecimal) r[2], (BigDecimal) r[3],
                r[4] == null ? null : Arrays.asList(((String) r[4]).split(",")), (String) r[5], instant(r[6])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
