package gov.ca.calhr.um.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds reporting-service's projections from the event history: stops the service, empties
 * the tables it counts from (reporting's own {@code reset_projections()} names them and forgets
 * which events it processed; the department's own data stays), resets where its consumers were,
 * and starts it again; its consumers then replay every topic from the beginning into the empty
 * tables.
 */
public final class ReportingRebuild {

    static final String SERVICE = "reporting-service";
    private static final String GROUP = "reporting-service";

    private final Stack stack;

    public ReportingRebuild(Stack stack) {
        this.stack = stack;
    }

    /** Runs the rebuild; returns the rows each projection held before (the replay fills them again). */
    public Map<String, Long> run() {
        StackLayout layout = stack.layout();
        new ManagedProcess(layout, SERVICE).stop(Duration.ofSeconds(30));
        Map<String, Long> emptied = emptyProjections(layout);
        resetConsumerGroup(layout);
        stack.up();
        return emptied;
    }

    /**
     * Delivers every event of reporting-service's topics to it again, without emptying anything:
     * stops it, forgets where its consumers were, starts it (a drill of at-least-once delivery: the
     * figures must not change).
     */
    public void redeliverEverything() {
        new ManagedProcess(stack.layout(), SERVICE).stop(Duration.ofSeconds(30));
        resetConsumerGroup(stack.layout());
        stack.up();
    }

    private static Map<String, Long> emptyProjections(StackLayout layout) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String url = "jdbc:postgresql://localhost:" + layout.postgresPort() + "/reporting";
        try (Connection c = DriverManager.getConnection(url, "reporting", "reporting");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // reporting-service owns the list of its projections (migration V10__reset_projections)
            try (var rs = s.executeQuery("select projection, row_count from reset_projections()")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty reporting-service's projections: " + e.getMessage(), e);
        }
        return counts;
    }

    /**
     * Waits until reporting-service's consumers have committed the end of every partition of the
     * topics they read: the replay is over. Returns false if it is not within {@code timeout}.
     */
    public boolean awaitReplayed(Duration timeout) {
        List<String> topics = consumedTopics();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(stack.layout())) {
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, d) ->
                        d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                                OffsetSpec.latest())));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
                boolean caughtUp = ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue().offset());
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

    /** How many records the topics reporting-service reads hold (their end offsets, summed). */
    public long recordsInTopics() {
        try (Admin admin = admin(stack.layout())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(consumedTopics()).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, d) ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()),
                            OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    /** The topics reporting-service's consumers read, from its configuration. */
    private static List<String> consumedTopics() {
        Properties config = new Properties();
        try (var in = Files.newInputStream(ProjectPaths.root()
                .resolve("reporting-service/src/main/resources/application.properties"))) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config.stringPropertyNames().stream()
                .filter(name -> name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                .map(config::getProperty).distinct().sorted().toList();
    }

    /** Deletes the consumer group: with auto.offset.reset=earliest the consumers start from the beginning. */
    private static void resetConsumerGroup(StackLayout layout) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Admin admin = admin(layout)) {
            while (true) {
                try {
                    admin.deleteConsumerGroups(List.of(GROUP)).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        return;
                    }
                    // members of the stopped service may linger until their session times out
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not reset consumer group " + GROUP, e);
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
