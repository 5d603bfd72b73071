package gov.ca.calhr.um.plans.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.plans.domain.ClassificationCopy;
import gov.ca.calhr.um.plans.repository.ClassificationCopyRepository;
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
    private final ClassificationCopyRepository classes;

    public ClassificationEventsConsumer(Projection projection, ClassificationCopyRepository classes) {
        this.projection = projection;
        this.classes = classes;
    }

    @Incoming("classification-events")
    @Blocking
    public void classification(String payload) {
        projection.apply("plans.classification-view", payload, "ClassificationUpserted", ClassificationUpserted.class,
                event -> {
                    ClassificationUpserted data = event.data();
                    ClassificationCopy copy = classes.findByIdOptional(data.classCode())
                            .orElseGet(ClassificationCopy::new);
                    if (!event.supersedes(copy.updatedAt)) {
                        return;
                    }
                    copy.classCode = data.classCode();
                    copy.title = data.title();
                    copy.umCategory = data.umCategory();
                    copy.updatedAt = event.at();
                    classes.persist(copy);
                });
    }
}
