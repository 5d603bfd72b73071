package gov.ca.calhr.um.commons.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import gov.ca.calhr.um.commons.events.EventEnvelope;

/**
 * Publishes outbox rows to Kafka in id order and marks them published once the broker acknowledged
 * them. While Kafka is unreachable rows stay unpublished and are retried on the next tick, so an
 * event is delivered at least once; consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Hibernate's lock timeout value for SKIP LOCKED: several replicas can relay side by side. */
    private static final int SKIP_LOCKED = -2;

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final int batchSize;
    private final Duration ackTimeout;

    public OutboxRelay(EntityManager em, @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                       MutinyEmitter<String> emitter,
                       @ConfigProperty(name = "um.outbox.batch-size", defaultValue = "1000") int batchSize,
                       @ConfigProperty(name = "um.outbox.ack-timeout", defaultValue = "PT30S") Duration ackTimeout) {
        this.em = em;
        this.emitter = emitter;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    // not before start-up has finished: the outbox channel is wired during start-up
    @Scheduled(every = "${um.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        int relayed;
        do {
            relayed = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (relayed == batchSize);
    }

    /** Returns how many rows were published in this batch. */
    int relayBatch() {
        List<OutboxRecord> batch = em.createQuery(
                        "from OutboxRecord where publishedAt is null order by id", OutboxRecord.class)
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // every send subscribed at once (a Uni is lazy): the broker gets the batch pipelined, not one
        // round trip per event
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxRecord record : batch) {
            acks.add(emitter.sendMessage(toMessage(record)).subscribeAsCompletionStage());
        }
        List<Long> published = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            OutboxRecord record = batch.get(i);
            try {
                acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published.add(record.id);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                record.attempts++;
                record.lastError = String.valueOf(cause.getMessage());
                LOG.warnf("outbox event %s (%s) not yet published: %s", record.eventId, record.eventType,
                        cause.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!published.isEmpty()) {
            em.createQuery("update OutboxRecord set publishedAt = :now where id in :ids")
                    .setParameter("now", Instant.now()).setParameter("ids", published).executeUpdate();
        }
        return published.size();
    }

    private static Message<String> toMessage(OutboxRecord record) {
        RecordHeaders headers = new RecordHeaders();
        // CloudEvents Kafka protocol binding, structured content mode
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic)
                .withKey(record.eventKey)
                .withHeaders(headers)
                .build();
        return Message.of(record.payload).addMetadata(metadata);
    }
}
