package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.ReportSubmission;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where each department's annual report of a year stands with CalHR (table report_submission). */
@ApplicationScoped
public class ReportSubmissionRepository implements PanacheRepositoryBase<ReportSubmission, UUID> {

    /** The department's submission of the year's report, if it submitted one. */
    public Optional<ReportSubmission> forDepartmentYear(String department, FiscalYear year) {
        return PerDepartmentYear.find(this, department, year, false);
    }

    /** The department's submission of the year's report, locked for update until the transaction ends. */
    public Optional<ReportSubmission> lockedForDepartmentYear(String department, FiscalYear year) {
        return PerDepartmentYear.find(this, department, year, true);
    }

    /**
     * Waits until no other transaction submits the department's report of the year, then holds that
     * turn until this transaction ends (also when it has no submission yet to lock).
     */
    public void holdSubmissionTurn(String department, FiscalYear year) {
        getEntityManager().createNativeQuery("select count(pg_advisory_xact_lock(hashtext(?1)))")
                .setParameter(1, "report-submission/" + department + "/" + year).getSingleResult();
    }

    /** Each department's submission status of the year, by department (those that submitted). */
    public Map<String, String> statusByDepartment(FiscalYear year) {
        return PerDepartmentYear.statusByDepartment(getEntityManager(), "report_submission", year);
    }
}
