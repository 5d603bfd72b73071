package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.repository.EligibilityChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DepartmentReportService {

    /** A department's UM figures for one fiscal year (so far: the eligible-employee count). */
    public record DepartmentReport(String department, FiscalYear fiscalYear, long lpelEligibleEmployees) {
    }

    private final EligibilityChangeRepository changes;

    public DepartmentReportService(EligibilityChangeRepository changes) {
        this.changes = changes;
    }

    /**
     * CalHR analysts read every department's report; a department's UM coordinator and EEO
     * officer read their own department's.
     */
    public DepartmentReport report(String department, FiscalYear year, CurrentCaller caller) {
        boolean allowed = caller.hasRole(Roles.CALHR_ANALYST)
                || caller.actsFor(Roles.UM_COORDINATOR, department)
                || caller.actsFor(Roles.EEO_OFFICER, department);
        if (!allowed) {
            throw Problems.forbidden("you may read only your own department's report");
        }
        return new DepartmentReport(department, year, changes.countEligible(department, year));
    }
}
