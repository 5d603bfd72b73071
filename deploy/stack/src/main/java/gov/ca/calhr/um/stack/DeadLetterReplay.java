package gov.ca.calhr.um.stack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends a service's dead letters back to the topics they came from, once their cause is fixed
 * (a class added to the catalog, a consumer corrected): every record of {@code <service>.dead-letter.v1}
 * not replayed before, up to the end the topic had when the replay started, goes to the topic in
 * its {@code dead-letter-topic} header with its key and value, marked {@code replayed-from}. The
 * consumer group {@code <service>-dead-letter-replay} remembers how far it got: a record that
 * fails again is dead-lettered anew, after that end, and waits for the next replay. Offsets are
 * committed only once the broker has every replayed record.
 */
public final class DeadLetterReplay {

    private final StackLayout layout;

    public DeadLetterReplay(StackLayout layout) {
        this.layout = layout;
    }

    /** Replays {@code service}'s dead letters; returns how many went back to each topic. */
    public Map<String, Integer> replay(String service) {
        String deadLetters = service + ".dead-letter.v1";
        Map<String, Integer> replayed = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = consumer(service);
             KafkaProducer<String, String> producer = producer(service)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(deadLetters, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions),
                    Duration.ofSeconds(30));
            for (TopicPartition p : partitions) {
                OffsetAndMetadata from = committed.get(p);
                if (from == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, from.offset());
                }
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(p)) {
                        continue;
                    }
                    String origin = header(r, "dead-letter-topic");
                    if (origin != null) {
                        acks.add(producer.send(back(r, origin)));
                        replayed.merge(origin, 1, Integer::sum);
                    }
                    done.put(p, new OffsetAndMetadata(r.offset() + 1));
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("replay of " + deadLetters + " failed: " + e.getMessage(), e);
        }
        return replayed;
    }

    private static ProducerRecord<String, String> back(ConsumerRecord<String, String> r, String origin) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : r.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        headers.add("replayed-from", (r.topic() + "-" + r.partition() + "@" + r.offset())
                .getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(origin, null, r.key(), r.value(), headers);
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer(String service) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, service + "-dead-letter-replay",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer(String service) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap(),
                ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letter-replay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }
}
