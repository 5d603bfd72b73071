package gov.ca.calhr.um.commons.events;

import io.micrometer.core.instrument.Metrics;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * Sends one record of a batch consumer to its dead-letter topic, as it came, with the headers the
 * connector's own dead-letter strategy writes ({@code dead-letter-reason}, -topic, -partition,
 * -offset), and waits until the broker has it: the batch's offsets are committed only after.
 * Prometheus {@code um_events_dead_lettered_total{topic}} counts them by the topic they came from.
 */
public final class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    public static void send(MutinyEmitter<String> channel, ConsumerRecord<String, String> r, String reason) {
        // the reason names the record by its place, never by its content (it may carry personal data)
        LOG.warnf("dead-lettering the record at %s-%d offset %d", r.topic(), r.partition(), r.offset());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", r.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", Integer.toString(r.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", Long.toString(r.offset()).getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(r.key()).withHeaders(headers).build();
        channel.sendMessageAndAwait(Message.of(r.value() == null ? "" : r.value()).addMetadata(metadata));
        Metrics.counter("um.events.dead.lettered", "topic", r.topic()).increment();
    }
}
