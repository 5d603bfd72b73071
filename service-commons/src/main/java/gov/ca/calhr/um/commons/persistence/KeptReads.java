package gov.ca.calhr.um.commons.persistence;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.Today;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of the portals' most frequent reads (an employee's record, "my path", open
 * opportunities, notifications, a plan), kept until anything in the database changes.
 *
 * <p>Each answer is kept with the PostgreSQL snapshot taken just before it was read
 * ({@code pg_current_snapshot()}: the next transaction id and those in progress). That snapshot
 * changes whenever any transaction that wrote something commits or ends, on this replica or any
 * other, through any path (REST, a consumed event, a scheduled job, a JDBC batch). A read whose
 * snapshot equals the kept answer's therefore finds nothing committed since the answer was read,
 * and gets it without reading again; otherwise it reads, and keeps the new answer. One query that
 * reads no table replaces the read's own queries, and nothing is ever answered that a read of the
 * database at the same moment would not give. While writes flow (HR's feed), answers are simply
 * read again.
 *
 * <p>An answer is kept for the caller's {@linkplain CurrentCaller#scope() scope} (subject, roles,
 * department, employee id), the read and its arguments, and today's date ({@link Today}: what is
 * open or in effect depends on the day). Failures (404, 403) are not kept. At most
 * {@code um.kept-reads.max-entries} answers are kept (0 turns keeping off); when full, answers of
 * an earlier snapshot go first, and if none has, a new answer is not kept. An answer is read again
 * after {@code um.kept-reads.max-age} (10 s) even if nothing was committed: a read may also rest on
 * a copy kept in memory, such as the career ladders' paths, which is itself that fresh.
 */
@ApplicationScoped
public class KeptReads {

    /** Prometheus {@code um_kept_reads_total{outcome="kept|read"}}: reads answered as kept, and read again. */
    public static final String METRIC = "um.kept.reads";

    private record Key(String read, List<Object> arguments, CurrentCaller.Scope caller, LocalDate day) {
    }

    private record Kept(String snapshot, long readAt, Object answer) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** The snapshot the full map was last cleared of other snapshots' answers at. */
    private volatile String sweptAt;
    private final DataSource database;
    private final CurrentCaller caller;
    private final Today today;
    private final int maxEntries;
    private final long maxAgeNanos;
    private final Counter answeredAsKept;
    private final Counter readAgain;

    public KeptReads(DataSource database, CurrentCaller caller, Today today, CommonsConfig config,
                     MeterRegistry meters) {
        this.database = database;
        this.caller = caller;
        this.today = today;
        this.maxEntries = config.keptReads().maxEntries();
        this.maxAgeNanos = config.keptReads().maxAge().toNanos();
        this.answeredAsKept = counter(meters, "kept");
        this.readAgain = counter(meters, "read");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder(METRIC).tag("outcome", outcome)
                .description("Portal reads answered as kept (nothing committed since) or read again")
                .register(meters);
    }

    /**
     * {@code read}'s answer for this caller, today, with these {@code arguments} (all that the
     * answer depends on besides the caller and the day; null allowed): as kept when nothing has
     * been committed since it was read, else read now (and kept). The reads must be at
     * PostgreSQL's default isolation, read committed, and start after this call.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(String read, Supplier<T> answer, Object... arguments) {
        if (maxEntries == 0 || maxAgeNanos <= 0) {
            return answer.get();
        }
        String snapshot = snapshot();
        Key key = new Key(read, Arrays.asList(arguments), caller.scope(), today.date());
        long now = System.nanoTime();
        Kept known = kept.get(key);
        if (known != null && known.snapshot().equals(snapshot) && now - known.readAt() < maxAgeNanos) {
            answeredAsKept.increment();
            return (T) known.answer();
        }
        readAgain.increment();
        T value = answer.get();
        if (kept.size() >= maxEntries && !snapshot.equals(sweptAt)) {
            // once per snapshot: while it holds, a full map stays full of answers still good
            sweptAt = snapshot;
            kept.values().removeIf(k -> !k.snapshot().equals(snapshot));
        }
        if (kept.size() < maxEntries || kept.containsKey(key)) {
            kept.put(key, new Kept(snapshot, now, value));
        }
        return value;
    }

    /** The database's current snapshot, as text ({@code xmin:xmax:in-progress ids}). */
    private String snapshot() {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("select pg_current_snapshot()::text");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the database's snapshot could not be read", e);
        }
    }
}
