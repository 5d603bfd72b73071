package gov.ca.calhr.um.commons.time;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, at PostgreSQL's timestamp precision: what a write answers is what every later read shows. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
