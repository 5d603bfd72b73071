package gov.ca.calhr.um.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The longest a T&D assignment may run: 24 months full time; for less than full time, longer in
 * calendar time up to the full-time equivalent of 24 months (24 / fraction months, e.g. 48 months
 * at half time). Start and end days both count: an assignment starting 2026-01-01 may end on
 * 2027-12-31 at the latest.
 */
public final class TdLimit {

    public static final int FULL_TIME_MONTHS = 24;

    private TdLimit() {
    }

    /** The last day an assignment starting on {@code start} at {@code fraction} of full time may run. */
    public static LocalDate lastAllowedDay(LocalDate start, BigDecimal fraction) {
        BigDecimal months = BigDecimal.valueOf(FULL_TIME_MONTHS).divide(fraction, 6, RoundingMode.DOWN);
        int whole = months.intValue();
        LocalDate afterWholeMonths = start.plusMonths(whole);
        BigDecimal part = months.subtract(BigDecimal.valueOf(whole));
        long extraDays = part.multiply(BigDecimal.valueOf(afterWholeMonths.lengthOfMonth()))
                .setScale(0, RoundingMode.DOWN).longValue();
        return afterWholeMonths.plusDays(extraDays).minusDays(1);
    }
}
