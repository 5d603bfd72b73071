package gov.ca.calhr.um.commons.outbox;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The outbox as an operator sees it: how many events wait to be published and how old the oldest
 * is (Prometheus {@code um_outbox_backlog} and {@code um_outbox_oldest_unpublished_age_seconds},
 * read every 10 s from the unpublished rows' index), and a readiness check that turns DOWN while
 * the oldest has waited longer than {@code um.outbox.max-backlog-age}: the broker is away or the
 * relay stuck, and what this service announces does not reach the others.
 */
@ApplicationScoped
@Readiness
public class OutboxMonitor implements HealthCheck {

    private final EntityManager em;
    private final Duration maxAge;
    private volatile long backlog;
    private volatile Instant oldest;
    private volatile boolean measured;

    public OutboxMonitor(EntityManager em, CommonsConfig config, MeterRegistry meters) {
        this.em = em;
        this.maxAge = config.outbox().maxBacklogAge();
        Gauge.builder("um.outbox.backlog", this, m -> m.backlog)
                .description("Outbox events not yet published").register(meters);
        Gauge.builder("um.outbox.oldest.unpublished.age", this, m -> m.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest outbox event not yet published (0: none waits)").baseUnit("seconds")
                .register(meters);
    }

    @Scheduled(every = "${um.outbox.monitor-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measure() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select count(*), min(created_at) from outbox_event where published_at is null").getSingleResult());
        backlog = ((Number) row[0]).longValue();
        oldest = instant(row[1]);
        measured = true;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return null;
    }

    Duration oldestAge() {
        Instant o = oldest;
        return o == null ? Duration.ZERO : Duration.between(o, Instant.now());
    }

    @Override
    public HealthCheckResponse call() {
        Duration age = oldestAge();
        return HealthCheckResponse.named("Outbox backlog")
                .status(!measured || age.compareTo(maxAge) <= 0)
                .withData("unpublished", backlog)
                .withData("oldestUnpublishedAgeSeconds", age.toSeconds())
                .withData("maxBacklogAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
