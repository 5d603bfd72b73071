package gov.ca.calhr.um.reporting.service;

import jakarta.inject.Inject;
import gov.ca.calhr.um.reporting.config.ReportingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reports as last built, so that many readers of the same report share one build. Every change
 * this service makes (a REST write, a consumed event) empties it once committed, so a reader sees
 * what was written; {@code um.report.cache-ttl} bounds how long a report built here may miss a
 * change another replica made (PT0S: no cache).
 * <p>
 * Readers who ask while a report is being built wait for that build instead of building it again
 * (at expiry, 50 readers of the statewide roll-up would otherwise build it 50 times at once), and
 * what a report is rendered as (JSON, CSV, a page, a PDF) is kept with it, rendered once.
 */
@ApplicationScoped
public class ReportCache {

    private static final class Entry {
        final long generation;
        final long expiresAt;
        final CompletableFuture<Object> value = new CompletableFuture<>();
        final Map<Object, Object> renderings = new ConcurrentHashMap<>();

        Entry(long generation, long expiresAt) {
            this.generation = generation;
            this.expiresAt = expiresAt;
        }
    }

    /** A kept value by identity: reports are records, whose equality would compare every figure. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Identity, Entry> byValue = new ConcurrentHashMap<>();

    @Inject
    public ReportCache(ReportingConfig config) {
        this(config.report().cacheTtl());
    }

    /** A cache keeping reports for {@code ttl} (tests make their own). */
    public ReportCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value kept for {@code key}, or {@code build}'s, kept unless a change committed meanwhile. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> build) {
        if (ttlNanos <= 0) {
            return build.get();
        }
        while (true) {
            long current = generation.get();
            long now = System.nanoTime();
            Entry e = entries.get(key);
            if (e != null && e.generation == current && now - e.expiresAt < 0) {
                return (T) await(e);
            }
            Entry mine = new Entry(current, now + ttlNanos);
            boolean building = e == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, e, mine);
            if (!building) {
                continue; // another reader started a build meanwhile: wait for theirs
            }
            if (e != null) {
                e.value.thenAccept(old -> byValue.remove(new Identity(old), e));
            }
            T value;
            try {
                value = build.get();
            } catch (RuntimeException | Error failure) {
                entries.remove(key, mine);
                mine.value.completeExceptionally(failure);
                throw failure;
            }
            if (entries.get(key) == mine) {
                byValue.put(new Identity(value), mine);
            }
            mine.value.complete(value);
            return value;
        }
    }

    private static Object await(Entry e) {
        try {
            return e.value.join();
        } catch (CompletionException failed) {
            // the build this reader waited for failed: it fails alike (the next reader builds again)
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw failed;
        }
    }

    /**
     * {@code value} rendered as {@code format}: rendered once while {@code value} is the one kept
     * (concurrent readers wait for the one rendering), rendered every time for a value not kept.
     */
    @SuppressWarnings("unchecked")
    public <R> R rendered(Object value, Object format, Supplier<R> render) {
        Entry e = byValue.get(new Identity(value));
        if (e == null) {
            return render.get();
        }
        return (R) e.renderings.computeIfAbsent(format, f -> render.get());
    }

    /** Something the reports read has changed (and is committed): what was built before is not kept. */
    public void changed() {
        generation.incrementAndGet();
        entries.clear();
        byValue.clear();
    }
}
