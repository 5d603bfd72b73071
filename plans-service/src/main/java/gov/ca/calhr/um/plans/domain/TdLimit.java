package gov.ca.calhr.um.plans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

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

    /** An assignment as the limit counts it: its days at its time base (an early end counts to its new end). */
    public record Span(LocalDate start, LocalDate end, BigDecimal fraction) {
    }

    /**
     * The share of the limit {@code s} uses: its days over the days an assignment starting the same
     * day at the same time base may run. The limit holds for all of an employee's assignments
     * together: their shares add up to at most 1 (two of 12 months full time, or one of 24 months
     * full time, or one of 24 months at half time and another of 12 months full time).
     */
    public static BigDecimal share(Span s) {
        long days = ChronoUnit.DAYS.between(s.start(), s.end()) + 1;
        long allowed = ChronoUnit.DAYS.between(s.start(), lastAllowedDay(s.start(), s.fraction())) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(allowed), 9, RoundingMode.HALF_UP);
    }

    /**
     * The last day a new assignment starting on {@code start} at {@code fraction} may run, given the
     * employee's {@code earlier} ones: what is left of the limit, in its days. Before {@code start}
     * when nothing is left.
     */
    public static LocalDate lastAllowedDay(LocalDate start, BigDecimal fraction, List<Span> earlier) {
        BigDecimal left = BigDecimal.ONE;
        for (Span e : earlier) {
            left = left.subtract(share(e));
        }
        LocalDate alone = lastAllowedDay(start, fraction);
        if (left.compareTo(BigDecimal.ONE) >= 0) {
            return alone;
        }
        if (left.signum() <= 0) {
            return start.minusDays(1);
        }
        long allowed = ChronoUnit.DAYS.between(start, alone) + 1;
        long may = left.multiply(BigDecimal.valueOf(allowed)).setScale(0, RoundingMode.DOWN).longValue();
        return start.plusDays(may - 1);
    }
}
