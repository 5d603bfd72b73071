package gov.ca.calhr.um.commons.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Records that a letter is to be mailed, inside the caller's transaction: the letter exists
 * exactly when the fact that calls for it commits, and {@link MailRelay} sends it later. The
 * same kind and subject again changes nothing (a redelivered event, a repeated request).
 * <p>
 * Like the event outbox, the rows are written on the transaction's own connection in one JDBC
 * batch just before it commits (or every {@value #BATCH} rows), so recording a letter in the
 * middle of a batch of personnel actions costs no flush and no round trip of its own.
 */
@ApplicationScoped
public class MailOutbox {

    static final int BATCH = 500;

    private final PendingLetters pending;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry registry;

    public MailOutbox(PendingLetters pending, DataSource dataSource, TransactionSynchronizationRegistry registry) {
        this.pending = pending;
        this.dataSource = dataSource;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String kind, String subjectId) {
        enqueueAll(kind, List.of(subjectId), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String kind, Collection<String> subjectIds) {
        enqueueAll(kind, subjectIds, null);
    }

    /** Letters not to be sent before {@code notBefore} (null: at once), e.g. a posting's opening day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(String kind, Collection<String> subjectIds, Instant notBefore) {
        if (subjectIds.isEmpty()) {
            return;
        }
        if (pending.arrange()) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write();
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing kept outside the transaction
                }
            });
        }
        int waiting = 0;
        for (String subjectId : subjectIds) {
            waiting = pending.add(new PendingLetters.Row(kind, subjectId, notBefore));
        }
        if (waiting >= BATCH) {
            write();
        }
    }

    private void write() {
        List<PendingLetters.Row> rows = pending.drain();
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into mail_outbox (kind, subject_id, next_attempt_at)
                     values (?, ?, coalesce(cast(? as timestamptz), now()))
                     on conflict (kind, subject_id) do nothing""")) {
            for (PendingLetters.Row row : rows) {
                insert.setString(1, row.kind());
                insert.setString(2, row.subjectId());
                insert.setTimestamp(3, row.notBefore() == null ? null : Timestamp.from(row.notBefore()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // what beforeCompletion throws may only be logged: make sure nothing commits without its letters
            registry.setRollbackOnly();
            throw new IllegalStateException("the mail outbox could not be written; the change is rolled back", e);
        }
    }
}
