package gov.ca.calhr.um.commons.mail;

import java.time.Instant;

/**
 * One kind of letter a service mails (a CDI bean per kind): composes the letter for a subject
 * from the facts as they stand when it is sent, and records that the mail server took it.
 */
public interface LetterKind {

    /** The name the mail outbox rows carry, e.g. {@code WELCOME_NOTICE}. */
    String kind();

    /** What to send for {@code subjectId} now, or why nothing is to be sent any more. */
    Composed compose(String subjectId);

    /** The mail server accepted the letter at {@code at}; runs in the relay's transaction. */
    default void accepted(String subjectId, Instant at) {
    }

    /** A letter to send, or the reason there is none (the notice was withdrawn, nobody to write to). */
    record Composed(Letter letter, String skipReason) {

        public static Composed send(Letter letter) {
            return new Composed(letter, null);
        }

        public static Composed skip(String reason) {
            return new Composed(null, reason);
        }
    }
}
