package gov.ca.calhr.um.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes {@link EventEnvelope}s and their typed data with the application's ObjectMapper. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope.id() == null || envelope.type() == null || envelope.data() == null) {
                throw new MalformedEventException("event lacks id, type or data");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not a JSON CloudEvent: " + e.getOriginalMessage());
        }
    }

    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    "data of " + envelope.type() + " " + envelope.id() + " is invalid: " + e.getOriginalMessage());
        }
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + envelope.id(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
