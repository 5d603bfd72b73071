package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Creates the topics this service reads, dead-letters to and publishes to before its consumers
 * subscribe. Leaving creation to the first producer races with consumers that subscribed earlier:
 * they pick the new topic up only at their next metadata refresh, and a test or a user waiting
 * for the first events waits for that.
 *
 * <p>Topics come from the configuration: every {@code mp.messaging.incoming.<channel>.topic}
 * and {@code ...dead-letter-queue.topic}, plus {@code um.kafka.topics} (the topics the service's
 * outbox publishes to).
 *
 * <p>The topics a service publishes, its events and its dead letters, are history: a rebuild
 * replays the event topics from the beginning, and a dead letter waits until its cause is fixed
 * and it is replayed. They are kept forever ({@code retention.ms} and {@code retention.bytes}
 * -1), not compacted: a copy such as reporting's UM class lists reads every announcement, not only
 * the latest per key. A topic another service (or HR) publishes is created with the broker's
 * defaults when this service starts first, and its publisher sets the retention when it starts;
 * the publisher also corrects a topic of its own found with another retention.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final Pattern TOPIC_PROPERTY =
            Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.(topic|dead-letter-queue\\.topic)");
    private static final Pattern DEAD_LETTER_PROPERTY =
            Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");
    /** The configuration of a topic kept forever. */
    public static final Map<String, String> KEPT_FOREVER = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    // before SmallRye Reactive Messaging wires its channels (it observes StartupEvent at LIBRARY_BEFORE)
    private final CommonsConfig.Kafka kafka;

    public TopicProvisioner(CommonsConfig config) {
        this.kafka = config.kafka();
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!kafka.provisionTopics()) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> produced = kafka.topics().orElse(List.of());
        Set<String> topics = topics(config, produced);
        if (topics.isEmpty()) {
            return;
        }
        String bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
        create(bootstrap, topics, published(config, produced), kafka.topic().partitions(),
                kafka.topic().replicationFactor());
    }

    static Set<String> topics(Config config, List<String> produced) {
        Set<String> topics = matching(config, TOPIC_PROPERTY);
        topics.addAll(produced);
        return topics;
    }

    /** The topics this service writes: its outbox's and its dead-letter topics. */
    static Set<String> published(Config config, List<String> produced) {
        Set<String> topics = matching(config, DEAD_LETTER_PROPERTY);
        topics.addAll(produced);
        return topics;
    }

    private static Set<String> matching(Config config, Pattern property) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (property.matcher(name).matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return topics;
    }

    static void create(String bootstrap, Set<String> topics, Set<String> published, int partitions, short replicas) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replicas)
                            .configs(published.contains(t) ? KEPT_FOREVER : Map.of())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((topic, future) -> awaitCreated(topic, future,
                        partitions, replicas));
            }
            // every published topic, not only those found at first: a consumer starting at the same
            // moment may create one with the broker's defaults between the listing and our creation
            // (seen in the retention drill: the catalog topic lost its records)
            keepForever(admin, List.copyOf(published));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka unreachable: start anyway; the relay retries and the broker may auto-create topics
            LOG.warnf("could not check Kafka topics at %s: %s", bootstrap, e.getMessage());
        }
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> future, int partitions,
                                     short replicas) {
        try {
            future.get(15, TimeUnit.SECONDS);
            LOG.infof("created topic %s (%d partitions, replication factor %d)", topic, partitions, replicas);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("could not create topic %s: %s", topic, e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warnf("creating topic %s timed out", topic);
        }
    }

    /** Sets the retention of the topics this service publishes, whoever created them. */
    private static void keepForever(Admin admin, Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        List<AlterConfigOp> ops = KEPT_FOREVER.entrySet().stream()
                .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        topics.forEach(t -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, t), ops));
        admin.incrementalAlterConfigs(changes).all().get(15, TimeUnit.SECONDS);
    }
}
