package gov.ca.calhr.um.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Entry point of every consumer: parses the CloudEvent and claims its id in the processed-event
 * log. An empty result means the event was already processed and must change nothing.
 */
@ApplicationScoped
public class EventInbox {

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public EventInbox(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EventEnvelope> accept(String consumer, String payload) {
        EventEnvelope event = codec.read(payload);
        return processed.claim(consumer, event.id()) ? Optional.of(event) : Optional.empty();
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        return codec.data(event, type);
    }
}
