package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point of every consumer: parses the CloudEvent and claims its id in the processed-event
 * log. An empty result means the event was already processed and must change nothing; otherwise
 * the transaction's changes are audited as the event's. Prometheus
 * {@code um_events_applied_total{consumer}} counts the events applied, once their transaction commits.
 */
@ApplicationScoped
public class EventInbox {

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final AuditTrail audit;
    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry meters;
    private final Map<String, Counter> applied = new ConcurrentHashMap<>();

    public EventInbox(EventCodec codec, ProcessedEvents processed, AuditTrail audit,
                      TransactionSynchronizationRegistry transactions, MeterRegistry meters) {
        this.codec = codec;
        this.processed = processed;
        this.audit = audit;
        this.transactions = transactions;
        this.meters = meters;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope> accept(String consumer, String payload) {
        EventEnvelope event = codec.read(payload);
        if (!processed.claim(consumer, event.id())) {
            return Optional.empty();
        }
        countOnCommit(consumer);
        // the event's producer is the actor
        audit.attributeTo(new AuditSource(event.source(), List.of(), event.department(),
                "event " + event.type() + " " + event.id(), event.id()));
        return Optional.of(event);
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        return codec.data(event, type);
    }

    private void countOnCommit(String consumer) {
        Counter counter = applied.computeIfAbsent(consumer, c -> Counter.builder("um.events.applied")
                .description("Events a consumer applied (claimed and committed)").tag("consumer", c)
                .register(meters));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
