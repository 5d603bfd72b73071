package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.reporting.domain.FigureRuns;
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

    private final EntityManager em;
    private final FigureDeltaRepository figures;

    public FigureRecount(EntityManager em, FigureDeltaRepository figures) {
        this.em = em;
        this.figures = figures;
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::recountIfRequested);
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
        List<Run> runs = new ArrayList<>();
        Map<String, List<FigureRuns.Period>> periods = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select employee_id, department, starts, ends from eligibility_period")
                .getResultList())
                .forEach(r -> periods.computeIfAbsent((String) r[0], e -> new ArrayList<>())
                        .add(new FigureRuns.Period((String) r[1], SqlValues.date(r[2]), SqlValues.date(r[3]))));
        periods.values().forEach(p -> runs.addAll(FigureRuns.eligibility(p)));
        runs.addAll(FigureRuns.appointments(((List<Object[]>) em.createNativeQuery(
                        "select department, to_class_code, effective_date, participant from um_appointment_fact")
                .getResultList()).stream()
                .map(r -> new FigureRuns.Appointment((String) r[0], (String) r[1], SqlValues.date(r[2]), (Boolean) r[3]))
                .toList()));
        figures.statusChangesOf("").values().forEach(c -> runs.addAll(FigureRuns.participation(c)));
        figures.apply(FigureRuns.deltas(List.of(), runs));
        em.createNativeQuery("update figure_recount set requested = false, recounted_at = now() where id = 1")
                .executeUpdate();
        LOG.infof("counted the report figures again from the facts: %d runs", runs.size());
    }
}
