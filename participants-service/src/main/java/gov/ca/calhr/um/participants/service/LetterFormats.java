package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.ProgramSettings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the letters write what they share: dates in full, the coordinator's contact on one line. */
final class LetterFormats {

    /** E.g. "September 1, 2025". */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private LetterFormats() {
    }

    /** "Name, email" and the phone when there is one. */
    static String contact(ProgramSettings p) {
        return p.coordinatorName + ", " + p.coordinatorEmail + (p.coordinatorPhone == null ? "" : ", " + p.coordinatorPhone);
    }
}
