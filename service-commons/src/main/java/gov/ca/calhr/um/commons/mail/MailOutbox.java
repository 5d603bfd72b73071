package gov.ca.calhr.um.commons.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;

import java.util.Collection;

/**
 * Records that a letter is to be mailed, inside the caller's transaction: the letter exists
 * exactly when the fact that calls for it commits, and {@link MailRelay} sends it later. The
 * same kind and subject again changes nothing (a redelivered event, a repeated request).
 */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager em;

    public MailOutbox(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, String subjectId) {
        em.createNativeQuery("""
                        insert into mail_outbox (kind, subject_id) values (?1, ?2)
                        on conflict (kind, subject_id) do nothing""")
                .setParameter(1, kind).setParameter(2, subjectId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String kind, Collection<String> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into mail_outbox (kind, subject_id)
                    select ?, s from unnest(?::varchar[]) s
                    on conflict (kind, subject_id) do nothing""")) {
                insert.setString(1, kind);
                insert.setArray(2, connection.createArrayOf("varchar", subjectIds.toArray()));
                insert.executeUpdate();
            }
        });
    }
}
