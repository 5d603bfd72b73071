package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.time.Timestamps;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a service keeps its copy of another service's facts from their events: each event
 * is applied once (its id claimed in the processed-event log, so a redelivery changes nothing), only
 * when it is of the type the copy is made from, in a transaction of its own that is run again on a
 * transient failure (the partition waits); and an older event never overwrites a newer fact
 * ({@link Received#supersedes}). A record that can never be applied fails the call, and the
 * connector sends it to the dead-letter topic. Prometheus counts the events applied once their
 * transaction has committed ({@code um_events_applied_total{consumer}}) and those rejected
 * ({@code um_events_rejected_total{consumer}}).
 */
@ApplicationScoped
public class Projection {

    /** An event being applied, with its data read as the consumer's record. */
    public record Received<D>(EventEnvelope event, D data) {

        /** When the fact became true: the event's time, or now for an event that carries none. */
        public Instant at() {
            return event.time() != null ? event.time() : Timestamps.now();
        }

        /** The event's id. */
        public String id() {
            return event.id();
        }

        /**
         * Newest wins: true when this event may replace a fact kept as of {@code keptAt} (null:
         * nothing kept yet), false when the kept fact is newer than the event.
         */
        public boolean supersedes(Instant keptAt) {
            return keptAt == null || !keptAt.isAfter(at());
        }
    }

    /** What an applied event's effect answered (possibly null). */
    private record Applied<R>(R answer) {
    }

    private final EventInbox inbox;
    private final TransientFailures failures;

    public Projection(EventInbox inbox, TransientFailures failures) {
        this.inbox = inbox;
        this.failures = failures;
    }

    /**
     * Applies {@code payload} for {@code consumer} (its name in the processed-event log) if it is an
     * event of {@code type}, its data read as {@code dataType}.
     */
    public <D> void apply(String consumer, String payload, String type, Class<D> dataType,
                          Consumer<Received<D>> effect) {
        answer(consumer, payload, type, dataType, received -> {
            effect.accept(received);
            return Boolean.TRUE;
        });
    }

    /** As {@link #apply}, answering what {@code effect} answered; empty when the event was not applied. */
    public <D, R> Optional<R> answer(String consumer, String payload, String type, Class<D> dataType,
                                     Function<Received<D>, R> effect) {
        try {
            Optional<Applied<R>> applied = failures.retrying(() -> QuarkusTransaction.requiringNew().call(() ->
                    inbox.accept(consumer, payload)
                            .filter(event -> type.equals(event.type()))
                            .map(event -> new Applied<>(effect.apply(new Received<>(event, inbox.data(event, dataType)))))));
            // committed by now
            applied.ifPresent(a -> Metrics.counter("um.events.applied", "consumer", consumer).increment());
            return applied.map(Applied::answer);
        } catch (RuntimeException failure) {
            Metrics.counter("um.events.rejected", "consumer", consumer).increment();
            throw failure;
        }
    }
}
