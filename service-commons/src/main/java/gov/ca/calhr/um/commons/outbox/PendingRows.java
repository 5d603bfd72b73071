package gov.ca.calhr.um.commons.outbox;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows a transaction recorded and has not written yet, and whether their write before commit is
 * arranged: the state a transaction-scoped buffer keeps for an outbox ({@link PendingEvents}, the
 * mail outbox's letters). Reached through methods only: the buffers are injected as client proxies.
 */
public abstract class PendingRows<R> implements Serializable {

    private final List<R> rows = new ArrayList<>();
    private boolean arranged;

    /** Adds a row; answers how many wait now. */
    public int add(R row) {
        rows.add(row);
        return rows.size();
    }

    /** The rows waiting, taken: they are the caller's to write. */
    public List<R> drain() {
        List<R> drained = List.copyOf(rows);
        rows.clear();
        return drained;
    }

    /** True the first time it is asked in the transaction. */
    public boolean arrange() {
        boolean first = !arranged;
        arranged = true;
        return first;
    }
}
