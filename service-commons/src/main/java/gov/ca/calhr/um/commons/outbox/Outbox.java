package gov.ca.calhr.um.commons.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import gov.ca.calhr.um.commons.events.EventCodec;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.trace.EventTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the outbox table inside the caller's transaction, so the event exists
 * exactly when the state change it announces commits. {@link OutboxRelay} publishes it later.
 * <p>
 * The rows are written on the transaction's own connection in JDBC batches: every
 * {@value #BATCH} events and, for the rest, just before the transaction commits. A transaction
 * that rolls back writes none of them, or takes back what it wrote.
 */
@ApplicationScoped
public class Outbox {

    static final int BATCH = 500;

    private final EventCodec codec;
    private final String source;
    private final PendingEvents pending;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry registry;

    public Outbox(EventCodec codec, @ConfigProperty(name = "quarkus.application.name") String applicationName,
                  PendingEvents pending, DataSource dataSource, TransactionSynchronizationRegistry registry) {
        this.codec = codec;
        this.source = "/upward-mobility/" + applicationName;
        this.pending = pending;
        this.dataSource = dataSource;
        this.registry = registry;
    }

    /**
     * @param topic      {@code <owner>.<aggregate>.v1}
     * @param type       event type, e.g. {@code ClassificationUpserted}
     * @param subject    aggregate id; also the Kafka record key
     * @param department the department the fact belongs to, or null for statewide facts
     * @param data       the event's data record
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String type, int version, String subject, String department, Object data) {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        Outgoing envelope = new Outgoing(EventEnvelope.SPEC_VERSION, eventId.toString(), source, type, version,
                subject, now, department, "application/json", data);
        if (pending.arrange()) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write();
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing kept outside the transaction
                }
            });
        }
        String payload;
        try {
            payload = codec.mapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + eventId, e);
        }
        if (pending.add(new PendingEvents.Row(eventId, topic, subject, type, payload, now,
                EventTraces.currentTraceParent())) >= BATCH) {
            write();
        }
    }

    /**
     * An {@link EventEnvelope} on its way out, its data still the producer's record: written in one
     * pass, with the same members in the same order.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"specversion", "id", "source", "type", "eventversion", "subject", "time", "department",
            "datacontenttype", "data"})
    record Outgoing(String specversion, String id, String source, String type, Integer eventversion, String subject,
                    Instant time, String department, String datacontenttype, Object data) {
    }

    /** Writes the rows recorded so far; ids follow the order they were recorded in. */
    private void write() {
        List<PendingEvents.Row> rows = pending.drain();
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at,
                                               trace_parent)
                     values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (PendingEvents.Row row : rows) {
                insert.setObject(1, row.eventId());
                insert.setString(2, row.topic());
                insert.setString(3, row.key());
                insert.setString(4, row.type());
                insert.setString(5, row.payload());
                insert.setTimestamp(6, Timestamp.from(row.createdAt()));
                insert.setString(7, row.traceParent());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // what beforeCompletion throws may only be logged: make sure nothing commits without its events
            registry.setRollbackOnly();
            throw new IllegalStateException("the outbox could not be written; the change is rolled back", e);
        }
    }
}
