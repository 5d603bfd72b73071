package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.ReportRowsRepository;
import gov.ca.calhr.um.reporting.domain.ReportRows.EligibleEmployeeRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.ParticipantRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.Rows;
import gov.ca.calhr.um.reporting.domain.ReportRows.SpendRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.UmAppointmentRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which rows stand behind a figure of a department's annual report, for whoever may read the
 * report: the UM appointments, the eligible employees, the participants and the spend of the year.
 * {@code size} null reads them all (a download); otherwise page {@code page} (from 0) of {@code size}.
 */
@ApplicationScoped
public class ReportDrillDown {

    private final ReportRowsRepository rows;
    private final FigureDeltaRepository figures;

    public ReportDrillDown(ReportRowsRepository rows, FigureDeltaRepository figures) {
        this.rows = rows;
        this.figures = figures;
    }

    public Rows<UmAppointmentRow> umAppointments(String department, FiscalYear year, int page, Integer size,
                                                 CurrentCaller caller) {
        return rows.umAppointments(readable(department, caller), year, offset(page, size), size);
    }

    public Rows<EligibleEmployeeRow> eligibleEmployees(String department, FiscalYear year, int page, Integer size,
                                                       CurrentCaller caller) {
        return rows.eligibleEmployees(readable(department, caller), year, offset(page, size), size);
    }

    /** The participants of the year with their status at its end, by the rule the figure is kept with. */
    public Rows<ParticipantRow> participants(String department, FiscalYear year, int page, Integer size,
                                             CurrentCaller caller) {
        String d = readable(department, caller);
        Map<UUID, String[]> details = rows.participants(d);
        List<ParticipantRow> all = new ArrayList<>();
        figures.statusChangesOf(d).forEach((participantId, changes) -> {
            String status = FigureRuns.statusInYear(changes, year);
            if (status != null) {
                String[] p = details.getOrDefault(participantId, new String[2]);
                all.add(new ParticipantRow(participantId.toString(), p[0], p[1], status));
            }
        });
        all.sort(Comparator.comparing(ParticipantRow::participantId));
        if (size == null) {
            return new Rows<>(all, all.size());
        }
        int from = Math.min(all.size(), offset(page, size));
        return new Rows<>(all.subList(from, Math.min(all.size(), from + size)), all.size());
    }

    public Rows<SpendRow> spend(String department, FiscalYear year, int page, Integer size, CurrentCaller caller) {
        return rows.spend(readable(department, caller), year, offset(page, size), size);
    }

    private static int offset(int page, Integer size) {
        return size == null ? 0 : page * size;
    }

    /** The report's readers: CalHR analysts every department's, the department's staff their own. */
    private static String readable(String department, CurrentCaller caller) {
        DepartmentReportService.requireReader(department, caller);
        return department.toUpperCase();
    }
}
