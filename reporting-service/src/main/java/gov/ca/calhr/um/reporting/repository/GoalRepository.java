package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.Goal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The lines of the goal sets (table goal). */
@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    /** One goal line of a department's year: the ELTPA class and the appointments expected. */
    public record DepartmentGoal(String department, String classCode, long expectedAppointments) {
    }

    /** The goal set's lines, by class code. */
    public List<Goal> ofSet(UUID goalSetId) {
        return list("goalSetId = ?1 order by classCode", goalSetId);
    }

    /** The goal sets' lines, by class code. */
    public List<Goal> ofSets(Collection<UUID> goalSetIds) {
        return list("goalSetId in ?1 order by classCode", goalSetIds);
    }

    /** How many lines the goal set has. */
    public long lineCount(UUID goalSetId) {
        return count("goalSetId", goalSetId);
    }

    /** Every department's goal lines of the year. */
    @SuppressWarnings("unchecked")
    public List<DepartmentGoal> ofYear(FiscalYear year) {
        return ((List<Object[]>) getEntityManager().createNativeQuery("""
                        select s.department, g.class_code, g.expected_appointments from goal_set s
                        join goal g on g.goal_set_id = s.goal_set_id where s.fiscal_year = ?1""")
                .setParameter(1, year.toString()).getResultList()).stream()
                .map(r -> new DepartmentGoal((String) r[0], ((String) r[1]).trim(), ((Number) r[2]).longValue()))
                .toList();
    }
}
