package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

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
 * for the first events waits for that. Existing topics are left as they are.
 *
 * <p>Topics come from the configuration: every {@code mp.messaging.incoming.<channel>.topic}
 * and {@code ...dead-letter-queue.topic}, plus {@code um.kafka.topics} (the topics the service's
 * outbox publishes to).
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final Pattern TOPIC_PROPERTY =
            Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.(topic|dead-letter-queue\\.topic)");

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
        Set<String> topics = topics(config, kafka.topics().orElse(List.of()));
        if (topics.isEmpty()) {
            return;
        }
        String bootstrap = config.getValue("kafka.bootstrap.servers", String.class);
        create(bootstrap, topics, kafka.topic().partitions(), kafka.topic().replicationFactor());
    }

    static Set<String> topics(Config config, List<String> produced) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (TOPIC_PROPERTY.matcher(name).matches()) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        topics.addAll(produced);
        return topics;
    }

    static void create(String bootstrap, Set<String> topics, int partitions, short replicas) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, replicas)).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((topic, future) -> {
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
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka unreachable: start anyway; the relay retries and the broker may auto-create topics
            LOG.warnf("could not check Kafka topics at %s: %s", bootstrap, e.getMessage());
        }
    }
}
