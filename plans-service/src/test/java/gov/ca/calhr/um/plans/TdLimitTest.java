package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.plans.domain.TdLimit;
import gov.ca.calhr.um.plans.domain.TdLimit.Span;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 24 months full-time equivalent hold for all of an employee's T&D assignments together. */
class TdLimitTest {

    private static final BigDecimal FULL = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void aYearFullTimeLeavesAYearFullTimeOrTwoAtHalfTime() {
        // 2026: 365 of the 730 days a full-time assignment from 2026-01-01 may run: half the limit
        List<Span> earlier = List.of(new Span(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), FULL));
        assertThat(TdLimit.share(earlier.get(0))).isEqualByComparingTo("0.5");
        // alone, one from 2027-01-01 could run 731 days (to 2028-12-31); half of that, rounded down: 365 days
        assertThat(TdLimit.lastAllowedDay(LocalDate.of(2027, 1, 1), FULL, earlier)).isEqualTo(LocalDate.of(2027, 12, 31));
        // at half time, alone to 2030-12-31 (1,461 days); half: 730 days
        assertThat(TdLimit.lastAllowedDay(LocalDate.of(2027, 1, 1), HALF, earlier)).isEqualTo(LocalDate.of(2028, 12, 30));
    }

    @Test
    void nothingIsLeftAfterTwentyFourMonthsAtHalfTimeOverFourYears() {
        List<Span> earlier = List.of(new Span(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), HALF));
        assertThat(TdLimit.share(earlier.get(0))).isEqualByComparingTo("1");
        LocalDate start = LocalDate.of(2030, 3, 1);
        assertThat(TdLimit.lastAllowedDay(start, FULL, earlier)).isBefore(start);
    }

    @Test
    void aloneTheLimitIsTheSingleAssignmentsOne() {
        LocalDate start = LocalDate.of(2026, 3, 15);
        for (BigDecimal fraction : List.of(FULL, HALF, new BigDecimal("0.75"), new BigDecimal("0.1"))) {
            assertThat(TdLimit.lastAllowedDay(start, fraction, List.of()))
                    .isEqualTo(TdLimit.lastAllowedDay(start, fraction));
        }
    }
}
