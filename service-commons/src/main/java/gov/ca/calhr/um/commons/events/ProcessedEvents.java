package gov.ca.calhr.um.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The processed-event log: a consumer records each event id in the same transaction as its effect,
 * so a redelivered event is recognised and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims {@code eventId} for {@code consumer}. Returns false when it was already processed;
     * the caller then skips its effect. Must run inside the transaction that applies the effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId) {
        int inserted = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        values (?1, ?2, now())
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
