package gov.ca.calhr.um.commons.mail;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail outbox rows a transaction recorded and has not written yet, and whether its write
 * before commit is arranged. (Injected as a client proxy: state is reached through methods only.)
 */
@TransactionScoped
public class PendingLetters implements Serializable {

    /** One row of {@code mail_outbox}, as {@link MailOutbox} writes it. */
    record Row(String kind, String subjectId, Instant notBefore) {
    }

    private final List<Row> rows = new ArrayList<>();
    private boolean arranged;

    int add(Row row) {
        rows.add(row);
        return rows.size();
    }

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
