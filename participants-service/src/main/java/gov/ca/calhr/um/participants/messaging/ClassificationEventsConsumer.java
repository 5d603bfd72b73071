package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/** Keeps the local catalog read model from classification-service's ClassificationUpserted events. */
@ApplicationScoped
public class ClassificationEventsConsumer {

    static final String CONSUMER = "participants.classification-view";

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String schematicCode, String title, String umCategory) {
    }

    private final EventInbox inbox;
    private final ClassificationViewRepository views;
    private final TransientFailures failures;

    public ClassificationEventsConsumer(EventInbox inbox, ClassificationViewRepository views, TransientFailures failures) {
        this.inbox = inbox;
        this.views = views;
        this.failures = failures;
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(String payload) {
        failures.inTransaction(() -> {
            inbox.accept(CONSUMER, payload)
                    .filter(event -> "ClassificationUpserted".equals(event.type()))
                    .ifPresent(event -> apply(inbox.data(event, ClassificationUpserted.class), event.time()));
        });
    }

    private void apply(ClassificationUpserted data, Instant at) {
        ClassificationView view = views.findByIdOptional(data.classCode()).orElseGet(ClassificationView::new);
        view.classCode = data.classCode();
        view.schematicCode = data.schematicCode();
        view.title = data.title();
        view.umCategory = data.umCategory();
        view.updatedAt = at != null ? at : Timestamps.now();
        views.persist(view);
    }
}
