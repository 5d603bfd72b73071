package gov.ca.calhr.um.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.outbox.Housekeeping;
import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.commons.outbox.OutboxRelay;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.testkit.PrometheusText;
import gov.ca.calhr.um.testkit.TopicReader;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * The outbox as operators run it: an event the broker will not take holds back the later events
 * (its key's among them) until it goes through, so consumers see every key's events in order; the
 * backlog and its age show on /q/metrics and turn readiness DOWN past um.outbox.max-backlog-age;
 * housekeeping purges old published rows, processed-event ids and sent letters and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class OutboxOperationsTest {

    /** A name the broker refuses (a space is not allowed in a topic name): the send fails. */
    private static final String REFUSED_TOPIC = "refused topic";

    @Inject
    Outbox outbox;

    @Inject
    Housekeeping housekeeping;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void anEventTheBrokerRefusesHoldsBackLaterOnesShowsInMetricsAndReadinessAndGoesOutInOrderOnceFixed() {
        String key = "relay-order-" + UUID.randomUUID();
        String topic = ParticipantEvents.EMPLOYEE_TOPIC;
        try (TopicReader reader = new TopicReader(bootstrap(), topic)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(topic, "OutboxProbe", 1, key, null, Map.of("n", 1)));
            reader.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(60));

            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(REFUSED_TOPIC, "OutboxProbe", 1, key, null, Map.of("n", 2));
                outbox.publish(topic, "OutboxProbe", 1, key, null, Map.of("n", 3));
            });
            // the refused event has waited ten minutes
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update outbox_event set created_at = now() - interval '10 minutes'
                     where event_key = ?1 and topic = ?2""").setParameter(1, key).setParameter(2, REFUSED_TOPIC)
                    .executeUpdate());
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(key, REFUSED_TOPIC) >= 2);
            assertThat(published(key, topic)).as("the later event of the key waits").containsExactly(1);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.findAll { it.name == 'Outbox backlog' }.status", hasItem("DOWN"));
                String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
                assertThat(PrometheusText.value(metrics, "um_outbox_backlog")).isGreaterThanOrEqualTo(2);
                assertThat(PrometheusText.value(metrics, "um_outbox_oldest_unpublished_age_seconds"))
                        .isGreaterThanOrEqualTo(600);
            });

            // the cause fixed (the record routed to its topic), everything goes out, in order
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update outbox_event set topic = ?1 where event_key = ?2 and topic = ?3")
                    .setParameter(1, topic).setParameter(2, key).setParameter(3, REFUSED_TOPIC).executeUpdate());
            reader.awaitRecord(r -> key.equals(r.key()) && n(r.value()) == 3, Duration.ofSeconds(60));
            reader.awaitRecord(r -> key.equals(r.key()) && n(r.value()) == 2, Duration.ofSeconds(60));
            assertThat(reader.seen(r -> key.equals(r.key())).stream().map(ConsumerRecord::value).map(this::n))
                    .containsExactly(1, 2, 3);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(200));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from outbox_event where topic = ?1").setParameter(1, REFUSED_TOPIC).executeUpdate());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(200));
        }
    }

    @Test
    void whileAnotherReplicaRelaysThisOneWaitsItsTurnAndThenSendsInOrder() throws Exception {
        String key = "relay-turn-" + UUID.randomUUID();
        String topic = ParticipantEvents.EMPLOYEE_TOPIC;
        try (TopicReader reader = new TopicReader(bootstrap(), topic);
             Connection otherReplica = dataSource.getConnection()) {
            // another replica's relay holds the service's relay lock (as for the length of a batch)
            try (Statement s = otherReplica.createStatement()) {
                s.execute("select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")");
            }
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(topic, "OutboxProbe", 1, key, null, Map.of("n", 1));
                outbox.publish(topic, "OutboxProbe", 1, key, null, Map.of("n", 2));
            });
            // several ticks (um.outbox.interval 1 s) pass without this replica sending anything
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                    .until(() -> published(key, topic).isEmpty());
            try (Statement s = otherReplica.createStatement()) {
                s.execute("select pg_advisory_unlock(" + OutboxRelay.RELAY_LOCK + ")");
            }
            reader.awaitRecord(r -> key.equals(r.key()) && n(r.value()) == 2, Duration.ofSeconds(60));
            assertThat(reader.seen(r -> key.equals(r.key())).stream().map(ConsumerRecord::value).map(this::n))
                    .containsExactly(1, 2);
        }
    }

    @Test
    void housekeepingPurgesOldPublishedRowsAndOldProcessedIdsOnly() {
        String key = "housekeeping-" + UUID.randomUUID();
        Instant now = Instant.now();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outboxRow(old, key, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
            outboxRow(recent, key, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
            // unpublished for long (a topic refused for weeks): kept however old
            outboxRow(waiting, key, now.minus(Duration.ofDays(30)), null);
            processed(key, "old", now.minus(Duration.ofDays(401)));
            processed(key, "recent", now.minus(Duration.ofDays(399)));
            letter(key, "old-sent", now.minus(Duration.ofDays(92)), now.minus(Duration.ofDays(91)), null);
            letter(key, "recent-sent", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)), null);
            letter(key, "old-skipped", now.minus(Duration.ofDays(95)), null, "withdrawn");
            // never taken by the mail server: kept however old
            letter(key, "old-waiting", now.minus(Duration.ofDays(120)), null, null);
        });
        try {
            long[] purged = housekeeping.purge(now);

            assertThat(purged[0]).isGreaterThanOrEqualTo(1);
            assertThat(purged[1]).isGreaterThanOrEqualTo(1);
            assertThat(outboxIds(key)).containsExactlyInAnyOrder(recent, waiting);
            assertThat(processedIds(key)).containsExactly("recent");
            assertThat(purged[2]).isGreaterThanOrEqualTo(2);
            assertThat(em.createNativeQuery("select subject_id from mail_outbox where kind = ?1 order by subject_id")
                    .setParameter(1, key).getResultList()).containsExactly("old-waiting", "recent-sent");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from outbox_event where event_key = ?1").setParameter(1, key)
                        .executeUpdate();
                em.createNativeQuery("delete from processed_event where consumer = ?1").setParameter(1, key)
                        .executeUpdate();
                em.createNativeQuery("delete from mail_outbox where kind = ?1").setParameter(1, key).executeUpdate();
            });
            // the old unpublished row held the outbox back meanwhile: ready again once it is gone
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(200));
        }
    }

    private void outboxRow(UUID eventId, String key, Instant created, Instant published) {
        // a topic nobody reads: the row waiting unpublished must not reach a real consumer
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at, published_at)
                values (?1, ?2, ?3, 'OutboxProbe', '{}', ?4, ?5)""")
                .setParameter(1, eventId).setParameter(2, REFUSED_TOPIC).setParameter(3, key)
                .setParameter(4, created).setParameter(5, published).executeUpdate();
    }

    /** A letter of a kind no service sends (the test's key): the relay leaves it alone. */
    private void letter(String kind, String subject, Instant created, Instant sent, String skipped) {
        em.createNativeQuery("""
                insert into mail_outbox (kind, subject_id, created_at, next_attempt_at, sent_at, skipped_reason)
                values (?1, ?2, ?3, ?6, ?4, ?5)""")
                .setParameter(1, kind).setParameter(2, subject).setParameter(3, created).setParameter(4, sent)
                .setParameter(5, skipped).setParameter(6, created.plus(Duration.ofDays(3650))).executeUpdate();
    }

    private void processed(String consumer, String eventId, Instant at) {
        em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) values (?1, ?2, ?3)")
                .setParameter(1, consumer).setParameter(2, eventId).setParameter(3, at).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> outboxIds(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from outbox_event where event_key = ?1", UUID.class).setParameter(1, key)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> processedIds(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from processed_event where consumer = ?1", String.class).setParameter(1, consumer)
                .getResultList());
    }

    private int attempts(String key, String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(max(attempts), 0) from outbox_event where event_key = ?1 and topic = ?2")
                .setParameter(1, key).setParameter(2, topic).getSingleResult()).intValue());
    }

    @SuppressWarnings("unchecked")
    private List<Integer> published(String key, String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<String>) em.createNativeQuery(
                "select payload from outbox_event where event_key = ?1 and topic = ?2 and published_at is not null "
                        + "order by id", String.class).setParameter(1, key).setParameter(2, topic).getResultList())
                .stream().map(this::n).toList());
    }

    private int n(String payload) {
        try {
            return mapper.readTree(payload).path("data").path("n").asInt(-1);
        } catch (Exception e) {
            return -1;
        }
    }
}
