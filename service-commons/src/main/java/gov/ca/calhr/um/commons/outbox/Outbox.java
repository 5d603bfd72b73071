package gov.ca.calhr.um.commons.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import gov.ca.calhr.um.commons.events.EventCodec;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the outbox table inside the caller's transaction, so the event exists
 * exactly when the state change it announces commits. {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final EventCodec codec;
    private final String source;

    public Outbox(EntityManager em, EventCodec codec,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.codec = codec;
        this.source = "/upward-mobility/" + applicationName;
    }

    /**
     * @param topic      {@code <owner>.<aggregate>.v1}
     * @param type       event type, e.g. {@code ClassificationUpserted}
     * @param subject    aggregate id; also the Kafka record key
     * @param department the department the fact belongs to, or null for statewide facts
     * @param data       the event's data record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, int version, String subject, String department,
                                 Object data) {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        JsonNode dataNode = codec.mapper().valueToTree(data);
        EventEnvelope envelope = EventEnvelope.of(eventId.toString(), source, type, version, subject, now,
                department, dataNode);
        OutboxRecord record = new OutboxRecord();
        record.eventId = eventId;
        record.topic = topic;
        record.eventKey = subject;
        record.eventType = type;
        record.payload = codec.write(envelope);
        record.createdAt = now;
        em.persist(record);
        return envelope;
    }
}
