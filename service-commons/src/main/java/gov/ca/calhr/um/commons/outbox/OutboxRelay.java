package gov.ca.calhr.um.commons.outbox;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.trace.EventTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to Kafka in id order and marks them published once the broker acknowledged
 * them. While Kafka is unreachable rows stay unpublished and are retried on the next tick, so an
 * event is delivered at least once; consumers deduplicate by event id.
 * <p>
 * A plain Kafka producer, idempotent and acknowledged by all in-sync replicas: the broker keeps
 * each partition in the order sent, retries included, and fails every later batch of a partition
 * whose batch failed. A record the producer refuses before sending it (too large, a topic that
 * cannot exist) stops the batch there: no later row is sent, so no event of its key overtakes it,
 * and the outbox waits (its readiness turns DOWN, OutboxMonitor) until the row is fixed. Rows are
 * marked published only up to the first one not acknowledged; that one and every later row of the
 * batch are sent again on the next tick (a later row may then arrive twice, never before an
 * earlier one that was lost).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock the relaying replica holds for the length of a batch's transaction. */
    public static final long RELAY_LOCK = 0x756d_6f7574L;
    private static final byte[] CONTENT_TYPE = EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    /** An outbox row waiting to be published ({@link OutboxRecord}'s columns the relay reads). */
    private record Row(long id, String eventId, String topic, String eventKey, String eventType, String payload,
                       String traceParent) {
    }

    private final DataSource database;
    private final Map<String, Object> producerConfig;
    private final int batchSize;
    private final Duration ackTimeout;
    /** Made at the first tick (a producer only connects once it sends). */
    private volatile Producer<String, String> producer;

    public OutboxRelay(DataSource database,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                       @ConfigProperty(name = "quarkus.application.name", defaultValue = "service") String service,
                       CommonsConfig config) {
        this.database = database;
        this.batchSize = config.outbox().batchSize();
        this.ackTimeout = config.outbox().ackTimeout();
        this.producerConfig = producerConfig(bootstrap, service, ackTimeout);
    }

    static Map<String, Object> producerConfig(String bootstrap, String service, Duration ackTimeout) {
        int timeout = (int) Math.min(Integer.MAX_VALUE, ackTimeout.toMillis());
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a batch of outbox rows goes out in few requests
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // a broker away: a send gives up within the ack timeout, and the row waits for the next tick
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout, 10_000));
        // a topic created meanwhile is seen within seconds
        config.put(ProducerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        return config;
    }

    // not before start-up has finished
    @Scheduled(every = "${um.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        int relayed;
        do {
            relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (relayed == batchSize);
    }

    void close(@Observes ShutdownEvent event) {
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    /**
     * Returns how many rows were published in this batch: none when another replica of the service
     * is relaying at this moment. One relay at a time (a transaction-scoped advisory lock of the
     * service's database) keeps the topic in outbox order: two relays side by side would each send
     * a batch, and a later event of a key could reach the topic before an earlier one. Any replica
     * takes over at its next tick when the one relaying stops.
     */
    int relayBatch() {
        try (Connection c = database.getConnection()) {
            return relayBatch(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read or marked", e);
        }
    }

    /**
     * On the transaction's own connection, in plain SQL: through Hibernate, loading the rows as
     * entities and marking a list of ids were two fifths of the relay's work (the statement with
     * the id list was translated again for every batch).
     */
    private int relayBatch(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet r = lock.executeQuery()) {
                if (!r.next() || !r.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Row> batch = new ArrayList<>(batchSize);
        // no row locks: the advisory lock makes this the only relay, and nothing else changes an
        // unpublished row (a lock wrote every row it read once more, before the publish wrote it again)
        try (PreparedStatement select = c.prepareStatement("""
                select id, event_id, topic, event_key, event_type, payload, trace_parent from outbox_event
                where published_at is null order by id limit ?""")) {
            select.setInt(1, batchSize);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    batch.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7)));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        // every row sent at once: the producer pipelines the batch to the broker
        Producer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        RuntimeException refused = null;
        for (Row row : batch) {
            Future<RecordMetadata> ack;
            try {
                ack = p.send(toRecord(row));
            } catch (RuntimeException e) { // no metadata within max.block.ms: the broker is away
                refused = e;
                break;
            }
            acks.add(ack);
            if (refusedAtOnce(ack)) {
                // refused before it left (too large, no such topic): nothing after it is sent, or a
                // later event of its key would reach the topic first
                break;
            }
        }
        List<Long> published = new ArrayList<>(acks.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            Throwable failure = i < acks.size() ? awaitAck(acks.get(i), deadline) : refused;
            if (failure != null) {
                // this row and the rest wait for the next tick, so that none overtakes it
                try (PreparedStatement failed = c.prepareStatement(
                        "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
                    failed.setString(1, String.valueOf(failure.getMessage()));
                    failed.setLong(2, row.id());
                    failed.executeUpdate();
                }
                LOG.warnf("outbox event %s (%s) not yet published, %d later ones wait: %s", row.eventId(),
                        row.eventType(), batch.size() - i - 1, failure.getMessage());
                break;
            }
            published.add(row.id());
        }
        if (!published.isEmpty()) {
            try (PreparedStatement mark = c.prepareStatement(
                    "update outbox_event set published_at = ? where id = any(?)")) {
                mark.setTimestamp(1, Timestamp.from(Instant.now()));
                mark.setArray(2, c.createArrayOf("bigint", published.toArray()));
                mark.executeUpdate();
            }
        }
        return published.size();
    }

    /** True when the producer failed the record before sending it (the broker cannot take it). */
    private static boolean refusedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Null once the broker acknowledged the record, else why it did not. */
    private static Throwable awaitAck(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static ProducerRecord<String, String> toRecord(Row row) {
        RecordHeaders headers = new RecordHeaders();
        // CloudEvents Kafka protocol binding, structured content mode
        headers.add("content-type", CONTENT_TYPE);
        if (row.traceParent() != null) {
            headers.add(EventTraces.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(row.topic(), null, row.eventKey(), row.payload(), headers);
    }
}
