package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.CatalogClass;
import gov.ca.calhr.um.reporting.repository.CatalogClassRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Keeps reporting's copy of the classification catalog from classification-service's
 * ClassificationUpserted events: the newest announcement of a class wins, an older one arriving
 * late changes nothing, a redelivered one is applied once.
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String title, String umCategory) {
    }

    private final EventInbox inbox;
    private final CatalogClassRepository classes;
    private final TransientFailures failures;

    public CatalogEventsConsumer(EventInbox inbox, CatalogClassRepository classes, TransientFailures failures) {
        this.inbox = inbox;
        this.classes = classes;
        this.failures = failures;
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(String payload) {
        failures.inTransaction(() -> inbox.accept("reporting.catalog", payload)
                .filter(event -> "ClassificationUpserted".equals(event.type()))
                .ifPresent(event -> apply(inbox.data(event, ClassificationUpserted.class), at(event))));
    }

    private void apply(ClassificationUpserted d, Instant at) {
        CatalogClass c = classes.findById(d.classCode());
        if (c != null && c.updatedAt.isAfter(at)) {
            return;
        }
        if (c == null) {
            c = new CatalogClass();
            c.classCode = d.classCode();
        }
        c.title = d.title();
        c.umCategory = d.umCategory();
        c.updatedAt = at;
        classes.persist(c);
    }

    private static Instant at(EventEnvelope event) {
        return event.time() != null ? event.time() : Timestamps.now();
    }
}
