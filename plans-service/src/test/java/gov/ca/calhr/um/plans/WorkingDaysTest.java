package gov.ca.calhr.um.plans;

import gov.ca.calhr.um.plans.domain.StateHolidays;
import gov.ca.calhr.um.plans.domain.TdLimit;
import gov.ca.calhr.um.plans.domain.WorkingDays;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(Set.of());

    /** July 4, 2026 is a Saturday: holiday credit, no weekday closure. */
    @Test
    void stateHolidaysOf2026() {
        assertThat(StateHolidays.observedIn(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 25));
    }

    @Test
    void sundayHolidaysMoveToMondayAndOnlyVeteransDayMovesFromSaturdayToFriday() {
        assertThat(StateHolidays.observedIn(2027)).contains(LocalDate.of(2027, 7, 5))
                .doesNotContain(LocalDate.of(2027, 7, 4), LocalDate.of(2027, 12, 24));
        assertThat(StateHolidays.observedIn(2028)).contains(LocalDate.of(2028, 11, 10))
                .doesNotContain(LocalDate.of(2028, 11, 11));
    }

    @Test
    void tenWorkingDaysSkipWeekendsAndHolidays() {
        assertThat(days.plus(LocalDate.of(2026, 11, 25), 10)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(days.plus(LocalDate.of(2026, 12, 21), 10)).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(new WorkingDays(Set.of(LocalDate.of(2026, 12, 3))).plus(LocalDate.of(2026, 11, 25), 10))
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void twentyFourMonthsFullTimeOrTheEquivalent() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(TdLimit.lastAllowedDay(start, BigDecimal.ONE)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(TdLimit.lastAllowedDay(start, new BigDecimal("0.5"))).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(TdLimit.lastAllowedDay(start, new BigDecimal("0.75"))).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(TdLimit.lastAllowedDay(LocalDate.of(2026, 3, 15), BigDecimal.ONE))
                .isEqualTo(LocalDate.of(2028, 3, 14));
    }
}
