package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Entry point of every consumer: parses the CloudEvent and claims its id in the processed-event
 * log. An empty result means the event was already processed and must change nothing; otherwise
 * the transaction's changes are audited as the event's.
 */
@ApplicationScoped
public class EventInbox {

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final AuditTrail audit;

    public EventInbox(EventCodec codec, ProcessedEvents processed, AuditTrail audit) {
        this.codec = codec;
        this.processed = processed;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope> accept(String consumer, String payload) {
        EventEnvelope event = codec.read(payload);
        if (!processed.claim(consumer, event.id())) {
            return Optional.empty();
        }
        // the event's producer is the actor
        audit.attributeTo(new AuditSource(event.source(), List.of(), event.department(),
                "event " + event.type() + " " + event.id(), event.id()));
        return Optional.of(event);
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        return codec.data(event, type);
    }
}
