package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.commons.time.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void fiscalYearRunsFromJulyFirstToJuneThirtieth() {
        assertThat(FiscalYear.of(LocalDate.of(2025, 6, 30))).hasToString("2024-25");
        assertThat(FiscalYear.of(LocalDate.of(2025, 7, 1))).hasToString("2025-26");
        assertThat(FiscalYear.of(LocalDate.of(2026, 1, 15))).hasToString("2025-26");
        assertThat(FiscalYear.parse("2025-26").firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(FiscalYear.parse("2025-26").lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(FiscalYear.parse("1999-00").lastDay()).isEqualTo(LocalDate.of(2000, 6, 30));
    }

    @Test
    void malformedFiscalYearsAreRejected() {
        assertThatThrownBy(() -> FiscalYear.parse("2025-27")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse("2025")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.parse("FY25-26")).isInstanceOf(IllegalArgumentException.class);
    }
}
