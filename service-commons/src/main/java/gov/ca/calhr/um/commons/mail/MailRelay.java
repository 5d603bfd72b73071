package gov.ca.calhr.um.commons.mail;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the letters of the mail outbox ({@link MailOutbox}) every second ({@code um.mail.every}):
 * each due row is composed by its {@link LetterKind}, handed to the SMTP server, and marked sent
 * in the transaction that also records what the kind does on delivery (a welcome notice marked
 * delivered, announced through the event outbox). A letter is sent at least once: a failure
 * leaves its row for a later attempt after a wait that doubles up to {@code um.mail.max-retry-delay},
 * and while the server fails the relay pauses as long, so that nothing is lost and the server is
 * not hammered. Replicas take different rows ({@code for update skip locked}). Prometheus
 * {@code um_mail_letters_total{outcome}} counts sent, failed and skipped letters.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    private final EntityManager em;
    private final Mailer mailer;
    private final Map<String, LetterKind> kinds = new HashMap<>();
    private final int batchSize;
    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final Counter sent;
    private final Counter failed;
    private final Counter skipped;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private int failuresInARow;

    public MailRelay(EntityManager em, Mailer mailer, Instance<LetterKind> kinds, CommonsConfig config,
                     MeterRegistry meters) {
        this.em = em;
        this.mailer = mailer;
        kinds.forEach(k -> this.kinds.put(k.kind(), k));
        this.batchSize = config.mail().batchSize();
        this.firstRetryDelay = config.mail().firstRetryDelay();
        this.maxRetryDelay = config.mail().maxRetryDelay();
        this.sent = counter(meters, "sent");
        this.failed = counter(meters, "failed");
        this.skipped = counter(meters, "skipped");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("um.mail.letters").tag("outcome", outcome)
                .description("Letters the mail relay sent, failed to send (to try again) or skipped").register(meters);
    }

    @Scheduled(every = "${um.mail.every:1s}", delayed = "${um.mail.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (kinds.isEmpty() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        relayDue();
    }

    /** Sends what is due until nothing is left or the server fails; answers how many were sent. */
    public int relayDue() {
        int total = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += batch.sent();
            if (batch.read() < batchSize || batch.serverFailed()) {
                return total;
            }
        }
    }

    /** What one transaction did: letters sent, rows read, whether the server refused one (the rest wait). */
    private record Batch(int sent, int read, boolean serverFailed) {
    }

    private Batch relayBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                        select id, kind, subject_id, attempts from mail_outbox
                         where sent_at is null and skipped_reason is null and next_attempt_at <= now()
                         order by next_attempt_at, id limit ?1 for update skip locked""")
                .setParameter(1, batchSize).getResultList();
        int sentNow = 0;
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            String kindName = (String) row[1];
            String subjectId = (String) row[2];
            int attempts = ((Number) row[3]).intValue();
            LetterKind kind = kinds.get(kindName);
            if (kind == null) {
                skip(id, "no letter of kind " + kindName + " in this service");
                continue;
            }
            LetterKind.Composed composed;
            try {
                composed = kind.compose(subjectId);
            } catch (RuntimeException e) {
                LOG.errorf(e, "the %s letter for %s could not be composed; it is tried again later", kindName, subjectId);
                retryLater(id, attempts, e);
                continue;
            }
            if (composed.letter() == null) {
                skip(id, composed.skipReason());
                continue;
            }
            try {
                mailer.send(mail(composed.letter()));
            } catch (RuntimeException e) {
                retryLater(id, attempts, e);
                pause(e);
                return new Batch(sentNow, due.size(), true);
            }
            em.createNativeQuery("""
                            update mail_outbox set sent_at = now(), attempts = attempts + 1, recipients = ?2,
                                   last_error = null where id = ?1""")
                    .setParameter(1, id).setParameter(2, clip(composed.letter().recipients(), 2000)).executeUpdate();
            kind.accepted(subjectId, Instant.now());
            sent.increment();
            sentNow++;
        }
        failuresInARow = 0;
        return new Batch(sentNow, due.size(), false);
    }

    private static Mail mail(Letter letter) {
        Mail mail = Mail.withText(letter.to().get(0), letter.subject(), letter.text());
        mail.setTo(letter.to());
        mail.setCc(letter.cc());
        if (letter.html() != null) {
            mail.setHtml(letter.html());
        }
        if (letter.attachment() != null) {
            Letter.Attachment a = letter.attachment();
            mail.addAttachment(a.name(), a.data(), a.contentType());
        }
        return mail;
    }

    private void skip(long id, String reason) {
        em.createNativeQuery("update mail_outbox set skipped_reason = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, clip(reason, 500)).executeUpdate();
        skipped.increment();
    }

    private void retryLater(long id, int attempts, RuntimeException e) {
        Duration wait = backoff(attempts);
        em.createNativeQuery("""
                        update mail_outbox set attempts = attempts + 1, last_error = ?2,
                               next_attempt_at = now() + make_interval(secs => ?3) where id = ?1""")
                .setParameter(1, id).setParameter(2, clip(String.valueOf(rootCause(e)), 1000))
                .setParameter(3, wait.toMillis() / 1000.0).executeUpdate();
        failed.increment();
    }

    private void pause(RuntimeException e) {
        failuresInARow++;
        Duration wait = backoff(failuresInARow - 1);
        pausedUntil = Instant.now().plus(wait);
        LOG.warnf("the mail server did not take a letter (%s); the relay waits %d ms", rootCause(e), wait.toMillis());
    }

    /** The wait after the {@code n+1}-th failure: the first delay doubled n times, at most the longest. */
    Duration backoff(int n) {
        Duration wait = firstRetryDelay.multipliedBy(1L << Math.min(n, 20));
        return wait.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : wait;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
