package gov.ca.calhr.um.classification.messaging;

import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.commons.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;

/** The events this service owns; their contract is deploy/events/classification.*. */
@ApplicationScoped
public class ClassificationEvents {

    public static final String TOPIC = "classification.classification.v1";
    public static final String UPSERTED = "ClassificationUpserted";

    /** Data of {@code ClassificationUpserted} v1. */
    public record ClassificationUpserted(String classCode, String schematicCode, String title,
                                         BigDecimal salaryMin, BigDecimal salaryMax,
                                         String occupationalGroup, String umCategory) {
    }

    private final Outbox outbox;

    public ClassificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Queues the event in the caller's transaction and marks the class announced. */
    public void upserted(Classification c) {
        outbox.publish(TOPIC, UPSERTED, 1, c.classCode, null, new ClassificationUpserted(
                c.classCode, c.schematicCode, c.title, c.salaryMin, c.salaryMax,
                c.occupationalGroup().map(OccupationalGroup::name).orElse(null), c.umCategory().name()));
        c.announced = true;
    }
}
