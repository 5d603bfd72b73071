package gov.ca.calhr.um.commons.outbox;

import jakarta.transaction.TransactionScoped;

import java.time.Instant;
import java.util.UUID;

/** The outbox rows a transaction recorded and has not written yet ({@link Outbox}). */
@TransactionScoped
public class PendingEvents extends PendingRows<PendingEvents.Row> {

    /** One row of {@code outbox_event}, as {@link Outbox} writes it. */
    record Row(UUID eventId, String topic, String key, String type, String payload, Instant createdAt,
               String traceParent) {
    }
}
