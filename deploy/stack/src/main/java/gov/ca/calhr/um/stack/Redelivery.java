package gov.ca.calhr.um.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers every record of the topics a service reads to it again: stops it, forgets where its
 * consumers were (its consumer group, named after the service), and starts it; with
 * {@code auto.offset.reset=earliest} its consumers read every topic from the beginning. A drill
 * of at-least-once delivery (idempotent consumers change nothing) and the replay step of
 * {@link ReportingRebuild}.
 */
public final class Redelivery {

    private final Stack stack;
    private final String service;

    public Redelivery(Stack stack, String service) {
        this.stack = stack;
        this.service = service;
    }

    /** Stops the service, forgets its consumers' offsets and starts it again. */
    public void redeliverEverything() {
        new ManagedProcess(stack.layout(), service).stop(Duration.ofSeconds(30));
        resetConsumerGroup();
        stack.up();
    }

    /**
     * Waits until the service's consumers have committed the end of every partition of the
     * topics they read: the replay is over. Returns false if it is not within {@code timeout}.
     */
    public boolean awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(stack.layout())) {
            List<TopicPartition> partitions = partitions(admin);
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(service)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
                Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
                // a partition holding no record (empty, or emptied by retention) has nothing to
                // read and the consumer never commits an offset for it
                boolean caughtUp = partitions.stream().allMatch(p -> starts.get(p) >= ends.get(p)
                        || committed.get(p) != null && committed.get(p).offset() >= ends.get(p));
                if (caughtUp) {
                    return true;
                }
                Thread.sleep(1000);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    /** How many records the topics the service reads hold (their end offsets, summed). */
    public long recordsInTopics() {
        return perTopic(OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Per topic the service reads, how many of its records are gone (retention or deletion
     * removed them: the earliest offsets, summed over its partitions). A rebuild is whole only when
     * every one is 0; a topic kept forever always answers 0.
     */
    public Map<String, Long> recordsNoLongerKept() {
        return perTopic(OffsetSpec.earliest());
    }

    /** The offsets {@code spec} names, summed per topic the service reads. */
    private Map<String, Long> perTopic(OffsetSpec spec) {
        try (Admin admin = admin(stack.layout())) {
            Map<String, Long> perTopic = new TreeMap<>();
            offsets(admin, partitions(admin), spec).forEach((partition, offset) ->
                    perTopic.merge(partition.topic(), offset, Long::sum));
            return perTopic;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    /** Every partition of the topics the service reads. */
    private List<TopicPartition> partitions(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(consumedTopics(service)).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, d) ->
                d.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        partitions.forEach(p -> wanted.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(wanted).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    /** The topics the service's consumers read, from its configuration. */
    static List<String> consumedTopics(String service) {
        Properties config = new Properties();
        try (var in = Files.newInputStream(ProjectPaths.root()
                .resolve(service + "/src/main/resources/application.properties"))) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config.stringPropertyNames().stream()
                .filter(name -> name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .map(config::getProperty).distinct().sorted().toList();
    }

    /** Deletes the consumer group: with auto.offset.reset=earliest the consumers start from the beginning. */
    void resetConsumerGroup() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Admin admin = admin(stack.layout())) {
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(service)).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        return;
                    }
                    // members of the stopped service may linger until their session times out
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not reset consumer group " + service, e);
                    }
                    Thread.sleep(2000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    private static Admin admin(StackLayout layout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap());
        return Admin.create(props);
    }
}
