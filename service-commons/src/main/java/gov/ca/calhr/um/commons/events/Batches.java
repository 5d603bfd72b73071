package gov.ca.calhr.um.commons.events;

import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How a batch consumer applies a poll's records: all in one transaction; a failure the records
 * caused splits the batch in halves until the record at fault stands alone and is rejected
 * (dead-lettered) while the rest are applied; a transient failure (database restarting, lock
 * timeout) is retried until it passes, so the partition waits rather than losing records to the
 * dead-letter topic.
 */
public final class Batches {

    private static final Logger LOG = Logger.getLogger(Batches.class);

    private Batches() {
    }

    /**
     * @param apply  applies some of the records in one transaction of its own
     * @param reject dead-letters one record with the failure it caused
     */
    public static <T> void apply(List<T> batch, Consumer<List<T>> apply, BiConsumer<T, RuntimeException> reject,
                                 TransientFailures failures) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            untilItPasses(() -> apply.accept(batch), failures);
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                throw failure; // interrupted while waiting (shutting down): the poll is not acknowledged
            }
            if (batch.size() == 1) {
                reject.accept(batch.get(0), failure);
                return;
            }
            apply(batch.subList(0, batch.size() / 2), apply, reject, failures);
            apply(batch.subList(batch.size() / 2, batch.size()), apply, reject, failures);
        }
    }

    private static void untilItPasses(Runnable work, TransientFailures failures) {
        for (int round = 1; ; round++) {
            try {
                failures.retrying(() -> {
                    work.run();
                    return null;
                });
                return;
            } catch (RuntimeException failure) {
                if (!TransientFailures.isTransient(failure) || Thread.currentThread().isInterrupted()) {
                    throw failure;
                }
                LOG.warnf("transient failure still there after round %d of retries; the partition waits and "
                        + "tries again", round);
            }
        }
    }
}
