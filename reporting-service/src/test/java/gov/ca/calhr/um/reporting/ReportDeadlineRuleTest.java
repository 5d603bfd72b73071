package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.ReportDeadline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The due date falls in the calendar year the fiscal year ends, whatever month-day is configured. */
class ReportDeadlineRuleTest {

    private static final FiscalYear FY_2025_26 = FiscalYear.parse("2025-26");

    @Test
    void juneFirstIsJuneFirstOfTheYearTheFiscalYearEnds() {
        assertThat(ReportDeadline.parse("06-01").dueDate(FY_2025_26)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void julyFirstIsTheDayAfterTheFiscalYearEndsNotItsFirstDay() {
        assertThat(ReportDeadline.parse("07-01").dueDate(FY_2025_26)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportDeadline.parse("07-01").dueDate(FY_2025_26)).isEqualTo(FY_2025_26.lastDay().plusDays(1));
    }

    @Test
    void anUnsubmittedReportIsOverdueFromTheDayAfterItsDueDate() {
        ReportDeadline july = ReportDeadline.parse("07-01");
        assertThat(july.overdue(FY_2025_26, false, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(july.overdue(FY_2025_26, false, LocalDate.of(2026, 7, 2))).isTrue();
        assertThat(july.overdue(FY_2025_26, true, LocalDate.of(2026, 7, 2))).isFalse();
    }
}
