package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Cell;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Period;
import gov.ca.calhr.um.reporting.domain.FigureRuns.Run;
import gov.ca.calhr.um.reporting.domain.FigureRuns.StatusChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept figures: what facts count toward, by fiscal year, and the deltas that keep them. */
class FigureRunsTest {

    private static final FiscalYear FY_2024_25 = FiscalYear.parse("2024-25");
    private static final FiscalYear FY_2025_26 = FiscalYear.parse("2025-26");

    /** A figure's value in a year: the sum of its deltas up to the year. */
    private static long value(Map<Cell, Long> deltas, String figure, String line, int year) {
        return deltas.entrySet().stream().filter(e -> e.getKey().figure().equals(figure)
                        && e.getKey().line().equals(line) && e.getKey().year() <= year)
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Test
    void anEmployeeIsEligibleOnceInEachYearOneOfTheirPeriodsTouches() {
        // 2023-03-01 .. 2023-08-31, then again from 2025-06-30 on: 2022-23, 2023-24, 2024-25 (one day), 2025-26 ...
        List<Run> runs = FigureRuns.eligibility(List.of(
                new Period("DGS", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 1)),
                new Period("DGS", LocalDate.of(2025, 6, 30), null)));
        Map<Cell, Long> deltas = FigureRuns.deltas(List.of(), runs);
        assertThat(value(deltas, FigureRuns.ELIGIBLE, "", 2021)).isZero();
        assertThat(value(deltas, FigureRuns.ELIGIBLE, "", 2022)).isEqualTo(1);
        assertThat(value(deltas, FigureRuns.ELIGIBLE, "", 2023)).isEqualTo(1);
        assertThat(value(deltas, FigureRuns.ELIGIBLE, "", 2024)).isEqualTo(1);
        assertThat(value(deltas, FigureRuns.ELIGIBLE, "", 2030)).isEqualTo(1);
        // a period ending on July 1 ends with the fiscal year before (the last day eligible is June 30)
        List<Run> endsWithTheYear = FigureRuns.eligibility(List.of(
                new Period("DGS", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 7, 1))));
        assertThat(endsWithTheYear).containsExactly(new Run("DGS", FigureRuns.ELIGIBLE, "", 2024, 2024));
    }

    @Test
    void aParticipantWhoWithdrewTheYearBeforeIsNotCountedAndOneWhoWithdrewInTheYearIsCountedWithdrawn() {
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-01-02T00:00:00Z");
        List<StatusChange> early = List.of(new StatusChange("DGS", null, "ACTIVE", LocalDate.of(2024, 9, 1), t1, "t1"),
                new StatusChange("DGS", "ACTIVE", "WITHDRAWN", LocalDate.of(2025, 3, 1), t2, "t2"));
        assertThat(FigureRuns.statusInYear(early, FY_2024_25)).isEqualTo("WITHDRAWN");
        assertThat(FigureRuns.statusInYear(early, FY_2025_26)).isNull();
        List<StatusChange> lastDay = List.of(new StatusChange("DGS", null, "ACTIVE", LocalDate.of(2024, 9, 1), t1, "t1"),
                new StatusChange("DGS", "ACTIVE", "WITHDRAWN", LocalDate.of(2026, 6, 30), t2, "t2"));
        assertThat(FigureRuns.statusInYear(lastDay, FY_2024_25)).isEqualTo("ACTIVE");
        assertThat(FigureRuns.statusInYear(lastDay, FY_2025_26)).isEqualTo("WITHDRAWN");
        assertThat(FigureRuns.participation(lastDay)).containsExactly(
                new Run("DGS", FigureRuns.PARTICIPANTS, "ACTIVE", 2024, 2024),
                new Run("DGS", FigureRuns.PARTICIPANTS, "WITHDRAWN", 2025, 2025));
        // still active: counted in every later year
        List<StatusChange> staying = List.of(new StatusChange("DGS", null, "ACTIVE", LocalDate.of(2025, 7, 1), t1, "t1"));
        assertThat(FigureRuns.participation(staying)).containsExactly(
                new Run("DGS", FigureRuns.PARTICIPANTS, "ACTIVE", 2025, null));
    }

    /** A fact as it changes: an employee's whole set of periods and appointments, replaced each time. */
    record Version(List<Period> periods, List<FigureRuns.Appointment> appointments) {
        List<Run> runs() {
            List<Run> runs = new ArrayList<>(FigureRuns.eligibility(periods));
            runs.addAll(FigureRuns.appointments(appointments));
            return runs;
        }
    }

    /**
     * Keeping the figures change by change (each new version's runs against the last's) ends where
     * counting the final facts from nothing ends, whatever the versions were.
     */
    @Property(tries = 300)
    void keptFiguresEqualARecountOfTheFinalFacts(@ForAll("histories") List<List<Version>> employees) {
        Map<Cell, Long> kept = new HashMap<>();
        List<Run> finalRuns = new ArrayList<>();
        for (List<Version> versions : employees) {
            List<Run> last = List.of();
            for (Version v : versions) {
                List<Run> now = v.runs();
                FigureRuns.merge(kept, FigureRuns.deltas(last, now));
                last = now;
            }
            finalRuns.addAll(last);
        }
        assertThat(kept).isEqualTo(FigureRuns.deltas(List.of(), finalRuns));
    }

    @Provide
    Arbitrary<List<List<Version>>> histories() {
        Arbitrary<String> departments = Arbitraries.of("DGS", "EDD");
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2018, 7, 1).plusDays(d));
        Arbitrary<Period> periods = Combinators.combine(departments, days, Arbitraries.integers().between(-1, 900))
                .as((d, from, length) -> new Period(d, from, length < 0 ? null : from.plusDays(length)));
        Arbitrary<FigureRuns.Appointment> appointments = Combinators.combine(departments,
                        Arbitraries.of("5157", "5142"), days, Arbitraries.of(true, false))
                .as(FigureRuns.Appointment::new);
        Arbitrary<Version> versions = Combinators.combine(periods.list().ofMaxSize(3), appointments.list().ofMaxSize(2))
                .as(Version::new);
        return versions.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(6);
    }
}
