package gov.ca.calhr.um.commons.outbox;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox rows a transaction recorded and has not written yet, and whether its write before
 * commit is arranged. (Injected as a client proxy: state is reached through methods only.)
 */
@TransactionScoped
public class PendingEvents implements Serializable {

    /** One row of {@code outbox_event}, as {@link Outbox} writes it. */
    record Row(UUID eventId, String topic, String key, String type, String payload, Instant createdAt,
               String traceParent) {
    }

    private final List<Row> rows = new ArrayList<>();
    private boolean arranged;

    /** Adds a row; answers how many wait now. */
    int add(Row row) {
        rows.add(row);
        return rows.size();
    }

    /** The rows waiting, taken: they are the caller's to write. */
    List<Row> drain() {
        List<Row> drained = List.copyOf(rows);
        rows.clear();
        return drained;
    }

    /** True the first time it is asked in the transaction. */
    boolean arrange() {
        boolean first = !arranged;
        arranged = true;
        return first;
    }
}
