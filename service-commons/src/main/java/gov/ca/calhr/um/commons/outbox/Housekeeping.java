package gov.ca.calhr.um.commons.outbox;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Purges what the event plumbing no longer needs, every hour ({@code um.housekeeping.every}):
 * outbox rows published longer ago than {@code um.outbox.keep-published} (the topic keeps the
 * event for good) and processed-event ids older than {@code um.inbox.keep-processed}. Deletes go
 * in chunks of 10,000 rows, each its own transaction, so that neither the relay nor a consumer
 * waits long behind them. Prometheus {@code um_housekeeping_purged_total{table}} counts the rows.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    static final int CHUNK = 10_000;

    private final EntityManager em;
    private final Duration keepPublished;
    private final Duration keepProcessed;
    private final Counter outboxPurged;
    private final Counter inboxPurged;

    public Housekeeping(EntityManager em, CommonsConfig config, MeterRegistry meters) {
        this.em = em;
        this.keepPublished = config.outbox().keepPublished();
        this.keepProcessed = config.inbox().keepProcessed();
        this.outboxPurged = Counter.builder("um.housekeeping.purged").tag("table", "outbox_event")
                .description("Rows purged by housekeeping").register(meters);
        this.inboxPurged = Counter.builder("um.housekeeping.purged").tag("table", "processed_event")
                .description("Rows purged by housekeeping").register(meters);
    }

    @Scheduled(every = "${um.housekeeping.every:1h}", delayed = "${um.housekeeping.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        purge(Instant.now());
    }

    /** Purges what is older than the kept ages as of {@code now}; returns the rows purged (outbox, inbox). */
    public long[] purge(Instant now) {
        long outbox = inChunks("""
                delete from outbox_event where id in (select id from outbox_event
                 where published_at < ?1 limit %d)""".formatted(CHUNK), now.minus(keepPublished));
        long inbox = inChunks("""
                delete from processed_event where ctid in (select ctid from processed_event
                 where processed_at < ?1 limit %d)""".formatted(CHUNK), now.minus(keepProcessed));
        outboxPurged.increment(outbox);
        inboxPurged.increment(inbox);
        if (outbox + inbox > 0) {
            LOG.infof("housekeeping purged %d published outbox rows and %d processed-event ids", outbox, inbox);
        }
        return new long[] {outbox, inbox};
    }

    private long inChunks(String delete, Instant before) {
        long purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(delete)
                    .setParameter(1, before).executeUpdate());
            purged += deleted;
        } while (deleted == CHUNK);
        return purged;
    }
}
