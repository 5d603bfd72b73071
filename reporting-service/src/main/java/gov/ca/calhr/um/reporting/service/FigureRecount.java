package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Cell;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Run;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.SqlValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;
    private final FigureDeltaRepository figures;

    public FigureRecount(EntityManager em, FigureDeltaRepository figures) {
        this.em = em;
        this.figures = figures;
    }

    void onStart(@Observes StartupEvent start) {
        // a recount of a statewide history takes a while: longer than a request's transaction
        QuarkusTransaction.requiringNew().timeout(RECOUNT_TIMEOUT_SECONDS).run(this::recountIfRequested);
    }

    @SuppressWarnings("unchecked")
    void recountIfRequested() {
        List<Object> requested = em.createNativeQuery(
                "select requested from figure_recount where id = 1 for update").getResultList();
        if (requested.isEmpty() || !Boolean.TRUE.equals(requested.get(0))) {
            return;
        }
        em.createNativeQuery("lock table figure_delta in exclusive mode").executeUpdate();
        em.createNativeQuery("delete from figure_delta").executeUpdate();
        // a group of employees at a time, so that memory holds a group's facts and the deltas only
        Map<Cell, Long> deltas = new HashMap<>();
        long runs = 0;
        String after = "";
        List<String> employees;
        do {
            employees = em.createNativeQuery("""
                            select employee_id from employee_facts where employee_id > ?1 order by employee_id limit ?2""")
                    .setParameter(1, after).setParameter(2, GROUP).getResultList();
            if (employees.isEmpty()) {
                break;
            }
            after = employees.get(employees.size() - 1);
            String[] ids = employees.toArray(String[]::new);
            List<Run> group = new ArrayList<>();
            Map<String, List<FigureRuns.Period>> periods = new HashMap<>();
            ((List<Object[]>) em.createNativeQuery("""
                            select employee_id, department, starts, ends from eligibility_period
                            where employee_id = any (cast(?1 as varchar[]))""").setParameter(1, ids).getResultList())
                    .forEach(r -> periods.computeIfAbsent((String) r[0], e -> new ArrayList<>())
                            .add(new FigureRuns.Period((String) r[1], SqlValues.date(r[2]), SqlValues.date(r[3]))));
            periods.values().forEach(p -> group.addAll(FigureRuns.eligibility(p)));
            group.addAll(FigureRuns.appointments(((List<Object[]>) em.createNativeQuery("""
                            select department, to_class_code, effective_date, participant from um_appointment_fact
                            where employee_id = any (cast(?1 as varchar[]))""").setParameter(1, ids).getResultList())
                    .stream()
                    .map(r -> new FigureRuns.Appointment((String) r[0], (String) r[1], SqlValues.date(r[2]),
                            (Boolean) r[3]))
                    .toList()));
            FigureRuns.merge(deltas, FigureRuns.deltas(List.of(), group));
            runs += group.size();
        } while (employees.size() == GROUP);
        List<Run> participation = new ArrayList<>();
        figures.statusChangesOf("").values().forEach(c -> participation.addAll(FigureRuns.participation(c)));
        FigureRuns.merge(deltas, FigureRuns.deltas(List.of(), participation));
        runs += participation.size();
        figures.apply(deltas);
        em.createNativeQuery("update figure_recount set requested = false, recounted_at = now() where id = 1")
                .executeUpdate();
        LOG.infof("counted the report figures again from the facts: %d runs", runs);
    }
}
