package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Cell;
import gov.ca.calhr.um.reporting.domain.FigureRuns.StatusChange;
import gov.ca.calhr.um.reporting.domain.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The report's kept counts (table figure_delta, see {@link FigureRuns}). */
@ApplicationScoped
public class FigureDeltaRepository {

    private final EntityManager em;

    public FigureDeltaRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Removes every delta, holding the table until the transaction ends: a consumer applying a
     * change meanwhile waits, then applies it on top of what the transaction counts.
     */
    public void clear() {
        em.createNativeQuery("lock table figure_delta in exclusive mode").executeUpdate();
        em.createNativeQuery("delete from figure_delta").executeUpdate();
    }

    /** Adds the deltas, in the caller's transaction; cells that come to zero are removed. */
    public void apply(Map<Cell, Long> deltas) {
        if (!deltas.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> apply(c, deltas));
        }
    }

    /** {@link #apply(Map)} on the JDBC connection of the caller's transaction. */
    private static void apply(Connection c, Map<Cell, Long> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Cell, Long>> cells = new ArrayList<>(deltas.entrySet());
        // the same order in every transaction: two writers of overlapping cells wait, never deadlock
        cells.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Cell::department)
                .thenComparing(Cell::figure).thenComparing(Cell::line).thenComparingInt(Cell::year)));
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into figure_delta (department, figure, line, fiscal_year, delta)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::bigint[])
                on conflict (department, figure, line, fiscal_year)
                    do update set delta = figure_delta.delta + excluded.delta""");
             PreparedStatement zeros = c.prepareStatement("""
                delete from figure_delta where delta = 0 and department = any (?)""")) {
            upsert.setArray(1, c.createArrayOf("varchar", cells.stream().map(e -> e.getKey().department()).toArray()));
            upsert.setArray(2, c.createArrayOf("varchar", cells.stream().map(e -> e.getKey().figure()).toArray()));
            upsert.setArray(3, c.createArrayOf("varchar", cells.stream().map(e -> e.getKey().line()).toArray()));
            upsert.setArray(4, c.createArrayOf("int", cells.stream().map(e -> e.getKey().year()).toArray()));
            upsert.setArray(5, c.createArrayOf("bigint", cells.stream().map(Map.Entry::getValue).toArray()));
            upsert.executeUpdate();
            zeros.setArray(1, c.createArrayOf("varchar",
                    cells.stream().map(e -> e.getKey().department()).distinct().toArray()));
            zeros.executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public Figures of(String department) {
        Map<String, Map<String, Map<Integer, Long>>> deltas = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery(
                        "select figure, line, fiscal_year, delta from figure_delta where department = ?1")
                .setParameter(1, department).getResultList())
                .forEach(r -> deltas.computeIfAbsent((String) r[0], f -> new HashMap<>())
                        .computeIfAbsent((String) r[1], l -> new HashMap<>())
                        .put(((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        return new Figures(deltas);
    }

    /** Every department's lines of the figure in the year: department, line, value (zero left out). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Long>> statewide(String figure, FiscalYear year) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                        select department, line, sum(delta) from figure_delta
                        where figure = ?1 and fiscal_year <= ?2 group by department, line having sum(delta) <> 0""")
                .setParameter(1, figure).setParameter(2, year.startYear()).getResultList())
                .forEach(r -> result.computeIfAbsent((String) r[0], d -> new HashMap<>())
                        .put((String) r[1], ((Number) r[2]).longValue()));
        return result;
    }

    /** A participant's status changes as kept in participant_status. */
    @SuppressWarnings("unchecked")
    public List<StatusChange> statusChanges(UUID participantId) {
        return ((List<Object[]>) em.createNativeQuery("""
                        select department, previous_status, status, effective_date, event_time, event_id
                        from participant_status where participant_id = ?1""").setParameter(1, participantId).getResultList())
                .stream().map(FigureDeltaRepository::statusChange).toList();
    }

    /** Every participant's status changes of the department ('' for all departments), by participant. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<StatusChange>> statusChangesOf(String department) {
        Map<UUID, List<StatusChange>> result = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                        select department, previous_status, status, effective_date, event_time, event_id,
                               participant_id
                        from participant_status where cast(?1 as varchar) = '' or department = ?1""")
                .setParameter(1, department).getResultList())
                .forEach(r -> result.computeIfAbsent((UUID) r[6], p -> new ArrayList<>()).add(statusChange(r)));
        return result;
    }

    private static StatusChange statusChange(Object[] r) {
        return new StatusChange((String) r[0], (String) r[1], (String) r[2], SqlValues.date(r[3]), SqlValues.instant(r[4]),
                (String) r[5]);
    }
}
