package gov.ca.calhr.um.commons.mail;

import gov.ca.calhr.um.commons.outbox.PendingRows;
import jakarta.transaction.TransactionScoped;

import java.time.Instant;

/** The mail outbox rows a transaction recorded and has not written yet ({@link MailOutbox}). */
@TransactionScoped
public class PendingLetters extends PendingRows<PendingLetters.Row> {

    /** One row of {@code mail_outbox}, as {@link MailOutbox} writes it. */
    record Row(String kind, String subjectId, Instant notBefore) {
    }
}
