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
 * event for good), processed-event ids older than {@code um.inbox.keep-processed}, and letters sent
 * or skipped longer ago than {@code um.mail.keep-sent}. Deletes go
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
    private final Duration keepSentMail;
    private final Counter outboxPurged;
    private final Counter inboxPurged;
    private final Counter mailPurged;

    public Housekeeping(EntityManager em, CommonsConfig config, MeterRegistry meters) {
        this.em = em;
        this.keepPublished = config.outbox().keepPublished();
        this.keepProcessed = config.inbox().keepProcessed();
        this.keepSentMail = config.mail().keepSent();
        this.outboxPurged = Counter.builder("um.housekeeping.purged").tag("table", "outbox_event")
                .description("Rows purged by housekeeping").register(meters);
        this.inboxPurged = Counter.builder("um.housekeeping.purged").tag("table", "processed_event")
                .description("Rows purged by housekeeping").register(meters);
        this.mailPurged = Counter.builder("um.housekeeping.purged").tag("table", "mail_outbox")
                .description("Rows purged by housekeeping").register(meters);
    }

    @Scheduled(every = "${um.housekeeping.every:1h}", delayed = "${um.housekeeping.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        purge(Instant.now());
    }

    /** Purges what is older than the kept ages as of {@code now}; returns the rows purged (outbox, inbox, mail). */
    public long[] purge(Instant now) {
        long outbox = inChunks("""
                delete from outbox_event where id in (select id from outbox_event
                 where published_at < ?1 limit %d)""".formatted(CHUNK), now.minus(keepPublished));
        long inbox = inChunks("""
                delete from processed_event where ctid in (select ctid from processed_event
                 where processed_at < ?1 limit %d)""".formatted(CHUNK), now.minus(keepProcessed));
        // letters sent or skipped long ago; one still to send is kept however old
        long mail = inChunks("""
                delete from mail_outbox where id in (select id from mail_outbox
                 where (sent_at is not null or skipped_reason is not null)
                   and coalesce(sent_at, created_at) < ?1 limit %d)""".formatted(CHUNK), now.minus(keepSentMail));
        outboxPurged.increment(outbox);
        inboxPurged.increment(inbox);
        mailPurged.increment(mail);
        if (outbox + inbox + mail > 0) {
            LOG.infof("housekeeping purged %d published outbox rows, %d processed-event ids and %d sent letters",
                    outbox, inbox, mail);
        }
        return new long[] {outbox, inbox, mail};
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
