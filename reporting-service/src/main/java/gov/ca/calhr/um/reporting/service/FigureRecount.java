package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Cell;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Run;
import gov.ca.calhr.um.reporting.repository.EligibilityPeriodRepository;
import gov.ca.calhr.um.reporting.repository.EmployeeFactsRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.FigureRecountRepository;
import gov.ca.calhr.um.reporting.repository.UmAppointmentCopyRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the kept figures again from the facts when asked (table figure_recount; migration V7 asks
 * once, for the facts that predate the figures): every delta is replaced in one transaction that
 * holds the figures' table, so a consumer applying a change meanwhile waits and then applies it on
 * top of what was counted.
 */
@ApplicationScoped
public class FigureRecount {

    private static final Logger LOG = Logger.getLogger(FigureRecount.class);

    private static final int GROUP = 5000;
    private static final int RECOUNT_TIMEOUT_SECONDS = 1800;

    private final FigureRecountRepository recount;
    private final FigureDeltaRepository figures;
    private final EmployeeFactsRepository employees;
    private final EligibilityPeriodRepository periods;
    private final UmAppointmentCopyRepository appointments;

    public FigureRecount(FigureRecountRepository recount, FigureDeltaRepository figures,
                         EmployeeFactsRepository employees, EligibilityPeriodRepository periods,
                         UmAppointmentCopyRepository appointments) {
        this.recount = recount;
        this.figures = figures;
        this.employees = employees;
        this.periods = periods;
        this.appointments = appointments;
    }

    void onStart(@Observes StartupEvent start) {
        // a recount of a statewide history takes a while: longer than a request's transaction
        QuarkusTransaction.requiringNew().timeout(RECOUNT_TIMEOUT_SECONDS).run(this::recountIfRequested);
    }

    void recountIfRequested() {
        if (!recount.requested()) {
            return;
        }
        figures.clear();
        // a group of employees at a time, so that memory holds a group's facts and the deltas only
        Map<Cell, Long> deltas = new HashMap<>();
        long runs = 0;
        String after = "";
        List<String> group;
        do {
            group = employees.employeeIdsAfter(after, GROUP);
            if (group.isEmpty()) {
                break;
            }
            after = group.get(group.size() - 1);
            List<Run> counted = runsOf(group);
            FigureRuns.merge(deltas, FigureRuns.deltas(List.of(), counted));
            runs += counted.size();
        } while (group.size() == GROUP);
        List<Run> participation = new ArrayList<>();
        figures.statusChangesOf("").values().forEach(c -> participation.addAll(FigureRuns.participation(c)));
        FigureRuns.merge(deltas, FigureRuns.deltas(List.of(), participation));
        runs += participation.size();
        figures.apply(deltas);
        recount.recounted();
        LOG.infof("counted the report figures again from the facts: %d runs", runs);
    }

    /** What the employees' eligibility periods and UM appointments count toward. */
    private List<Run> runsOf(List<String> employeeIds) {
        List<Run> runs = new ArrayList<>();
        periods.ofEmployees(employeeIds).values().forEach(p -> runs.addAll(FigureRuns.eligibility(p)));
        runs.addAll(FigureRuns.appointments(appointments.ofEmployees(employeeIds)));
        return runs;
    }
}
