package gov.ca.calhr.um.commons.mail;

import java.util.List;
import java.util.Objects;

/**
 * A letter as it is mailed: recipients, subject, plain text and HTML bodies, and the printable
 * PDF of the same letter attached (for an employee with little computer access, or the file).
 */
public record Letter(List<String> to, List<String> cc, String subject, String text, String html,
                     Attachment attachment) {

    public Letter {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a letter needs a recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** A file sent with the letter. */
    public record Attachment(String name, String contentType, byte[] data) {
    }

    /** Everyone the letter goes to, as the outbox records them. */
    public String recipients() {
        StringBuilder all = new StringBuilder("to: ").append(String.join(", ", to));
        if (!cc.isEmpty()) {
            all.append("; cc: ").append(String.join(", ", cc));
        }
        return all.toString();
    }
}
