package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.GoalSet;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The departments' goal sets, one per department and fiscal year (table goal_set). */
@ApplicationScoped
public class GoalSetRepository implements PanacheRepositoryBase<GoalSet, UUID> {

    /** The department's goal set of the year, if it has one. */
    public Optional<GoalSet> forDepartmentYear(String department, FiscalYear year) {
        return PerDepartmentYear.find(this, department, year, false);
    }

    /** The department's goal set of the year, locked for update until the transaction ends. */
    public Optional<GoalSet> lockedForDepartmentYear(String department, FiscalYear year) {
        return PerDepartmentYear.find(this, department, year, true);
    }

    /** The department's goal sets of the years (of those it has set goals for). */
    public List<GoalSet> forDepartmentYears(String department, List<FiscalYear> years) {
        return list("department = ?1 and fiscalYear in ?2", department,
                years.stream().map(FiscalYear::toString).toList());
    }

    /** Each department's goal status in the year, by department (those with goals for it). */
    public Map<String, String> statusByDepartment(FiscalYear year) {
        return PerDepartmentYear.statusByDepartment(getEntityManager(), "goal_set", year);
    }
}
