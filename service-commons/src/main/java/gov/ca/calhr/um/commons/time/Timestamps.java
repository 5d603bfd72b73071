package gov.ca.calhr.um.commons.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Now, at PostgreSQL's timestamp precision (what a write answers is what every later read shows),
 * and today as California counts days, whatever zone the server runs in.
 */
public final class Timestamps {

    /** State business days, deadlines and fiscal years run on Pacific time. */
    public static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(CALIFORNIA);
    }
}
