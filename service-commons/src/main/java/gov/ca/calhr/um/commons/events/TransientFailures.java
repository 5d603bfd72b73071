package gov.ca.calhr.um.commons.events;

import io.micrometer.core.instrument.Metrics;
import jakarta.inject.Inject;
import gov.ca.calhr.um.commons.config.CommonsConfig;
import gov.ca.calhr.um.commons.error.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a consumer's work in a transaction of its own and, when it fails for a reason that is not
 * the record's fault (the database restarting, a lock timeout, a deadlock, the pool exhausted),
 * runs it again after 1, 2, 4, 8, 16 s; the partition waits meanwhile, keeping its order. A
 * record that cannot be applied, or still fails after the last attempt, fails the call: the
 * connector sends it to the dead-letter topic. Prometheus {@code um_consumer_transient_retries_total}
 * counts the retries.
 */
@ApplicationScoped
public class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    /** SQLSTATE classes of failures that pass: connection, rollback (deadlock, serialization), resources, shutdown. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57");

    private final int maxAttempts;
    private final long firstDelayMillis;

    @Inject
    public TransientFailures(CommonsConfig config) {
        this(config.consumer().maxAttempts(), config.consumer().firstRetryDelayMs());
    }

    TransientFailures(int maxAttempts, long firstDelayMillis) {
        this.maxAttempts = maxAttempts;
        this.firstDelayMillis = firstDelayMillis;
    }

    /** Runs {@code work} in a new transaction, again on a transient failure. */
    public void inTransaction(Runnable work) {
        retrying(() -> {
            QuarkusTransaction.requiringNew().run(work);
            return null;
        });
    }

    /** Runs {@code work} (which opens its own transactions), again on a transient failure. */
    public <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failure) {
                if (attempt >= maxAttempts || !isTransient(failure)) {
                    throw failure;
                }
                // the failure's class only: messages may quote the record
                LOG.warnf("transient failure (%s), attempt %d of %d; retrying", rootCause(failure).getClass().getName(),
                        attempt, maxAttempts);
                Metrics.counter("um.consumer.transient.retries").increment();
                sleep(firstDelayMillis << (attempt - 1), failure);
            }
        }
    }

    /** True for a failure that may pass by itself; false for one the record caused. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException || t instanceof DomainException) {
                return false;
            }
            if (t instanceof LockTimeoutException || t instanceof PessimisticLockException
                    || t instanceof OptimisticLockException || t instanceof ConnectException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // no SQLSTATE: the pool or the driver gave up before PostgreSQL answered
                return state == null || state.length() < 2 || TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2))
                        || state.equals("55P03");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void sleep(long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
