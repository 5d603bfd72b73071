package gov.ca.calhr.um.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static gov.ca.calhr.um.participants.Fixtures.bootstrap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox writes a transaction's events in JDBC batches (some while the transaction runs, the
 * rest before it commits): all of them commit with it, in the order they were recorded, and the
 * relay publishes them in that order; a transaction that rolls back leaves none.
 */
@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class OutboxTest {

    /** More than two of the outbox's batches. */
    private static final int EVENTS = 1_201;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Test
    void aTransactionsEventsCommitWithItInTheOrderRecordedAndAreRelayedInThatOrder() throws Exception {
        String subject = "outbox-probe-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, EVENTS).forEach(i -> outbox.publish(
                ParticipantEvents.EMPLOYEE_TOPIC, "OutboxProbe", 1, subject, null, Map.of("n", i))));

        assertThat(stored(subject)).containsExactlyElementsOf(IntStream.range(0, EVENTS).boxed().toList());
        try (TopicReader topic = new TopicReader(bootstrap(), ParticipantEvents.EMPLOYEE_TOPIC)) {
            topic.awaitRecord(r -> subject.equals(r.key()) && n(r.value()) == EVENTS - 1, Duration.ofSeconds(60));
            List<Integer> relayed = topic.seen(r -> subject.equals(r.key())).stream()
                    .map(ConsumerRecord::value).map(this::n).toList();
            assertThat(relayed).containsExactlyElementsOf(IntStream.range(0, EVENTS).boxed().toList());
        }
    }

    @Test
    void aTransactionThatRollsBackLeavesNoneOfItsEventsAlsoThoseWrittenWhileItRan() {
        String subject = "outbox-probe-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            IntStream.range(0, EVENTS).forEach(i -> outbox.publish(
                    ParticipantEvents.EMPLOYEE_TOPIC, "OutboxProbe", 1, subject, null, Map.of("n", i)));
            throw new IllegalStateException("the change fails after its events were recorded");
        })).hasMessageContaining("the change fails");

        assertThat(stored(subject)).isEmpty();
    }

    /** The probe numbers of the subject's outbox rows, in id order. */
    private List<Integer> stored(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select payload from outbox_event where event_key = ?1 order by id", String.class)
                .setParameter(1, subject).getResultList().stream().map(p -> n((String) p)).toList());
    }

    private int n(String payload) {
        try {
            return mapper.readTree(payload).path("data").path("n").asInt(-1);
        } catch (Exception e) {
            return -1;
        }
    }
}
