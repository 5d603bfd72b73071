package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository.EligibleEmployeeRow;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository.ParticipantRow;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository.Rows;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository.SpendRow;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository.UmAppointmentRow;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which rows stand behind a figure of a department's annual report, for whoever may read the
 * report: the UM appointments, the eligible employees, the participants and the spend of the year.
 * {@code size} null reads them all (a download); otherwise page {@code page} (from 0) of {@code size}.
 */
@ApplicationScoped
public class ReportDrillDown {

    private final ReportRowsRepository rows;

    public ReportDrillDown(ReportRowsRepository rows) {
        this.rows = rows;
    }

    public Rows<UmAppointmentRow> umAppointments(String department, FiscalYear year, int page, Integer size,
                                                 CurrentCaller caller) {
        return rows.umAppointments(readable(department, caller), year, page * (size == null ? 0 : size), size);
    }

    public Rows<EligibleEmployeeRow> eligibleEmployees(String department, FiscalYear year, int page, Integer size,
                                                       CurrentCaller caller) {
        return rows.eligibleEmployees(readable(department, caller), year, page * (size == null ? 0 : size), size);
    }

    public Rows<ParticipantRow> participants(String department, FiscalYear year, int page, Integer size,
                                             CurrentCaller caller) {
        return rows.participants(readable(department, caller), year, page * (size == null ? 0 : size), size);
    }

    public Rows<SpendRow> spend(String department, FiscalYear year, int page, Integer size, CurrentCaller caller) {
        return rows.spend(readable(department, caller), year, page * (size == null ? 0 : size), size);
    }

    /** The report's readers: CalHR analysts every department's, the department's staff their own. */
    private static String readable(String department, CurrentCaller caller) {
        DepartmentReportService.requireReader(department, caller);
        return department.toUpperCase();
    }
}
