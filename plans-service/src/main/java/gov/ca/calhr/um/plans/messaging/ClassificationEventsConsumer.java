package gov.ca.calhr.um.plans.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.plans.domain.ClassificationView;
import gov.ca.calhr.um.plans.repository.ClassificationViewRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps plans-service's copy of the catalog from classification-service's
 * {@code classification.classification.v1}: the newest announcement of a class wins
 * ({@link Projection}).
 */
@ApplicationScoped
public class ClassificationEventsConsumer {

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String title, String umCategory) {
    }

    private final Projection projection;
    private final ClassificationViewRepository classes;

    public ClassificationEventsConsumer(Projection projection, ClassificationViewRepository classes) {
        this.projection = projection;
        this.classes = classes;
    }

    @Incoming("classification-events")
    @Blocking
    public void classification(String payload) {
        projection.apply("plans.classification-view", payload, "ClassificationUpserted", ClassificationUpserted.class,
                event -> {
                    ClassificationUpserted data = event.data();
                    ClassificationView view = classes.findByIdOptional(data.classCode())
                            .orElseGet(ClassificationView::new);
                    if (!event.supersedes(view.updatedAt)) {
                        return;
                    }
                    view.classCode = data.classCode();
                    view.title = data.title();
                    view.umCategory = data.umCategory();
                    view.updatedAt = event.at();
                    classes.persist(view);
                });
    }
}
