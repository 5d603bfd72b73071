package gov.ca.calhr.um.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reports as last built, so that many readers of the same report share one build. Every change
 * this service makes (a REST write, a consumed event) empties it once committed, so a reader sees
 * what was written; {@code um.report.cache-ttl} bounds how long a report built here may miss a
 * change another replica made (PT0S: no cache).
 */
@ApplicationScoped
public class ReportCache {

    private record Entry(Object value, long generation, long expiresAt) {
    }

    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    public ReportCache(@ConfigProperty(name = "um.report.cache-ttl", defaultValue = "PT2S") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The value kept for {@code key}, or {@code build}'s, kept unless a change committed meanwhile. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> build) {
        if (ttlNanos <= 0) {
            return build.get();
        }
        long current = generation.get();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.generation() == current && now - e.expiresAt() < 0) {
            return (T) e.value();
        }
        T value = build.get();
        entries.put(key, new Entry(value, current, now + ttlNanos));
        return value;
    }

    /** Something the reports read has changed (and is committed): what was built before is not kept. */
    public void changed() {
        generation.incrementAndGet();
        entries.clear();
    }
}
