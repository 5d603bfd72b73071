package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.time.FiscalYear;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts reports are made of: eligible employees, participants by status and UM appointments
 * by class from the figures the consumers keep (one place, {@link FigureRuns}); spend and the
 * calendar-year appointments from the counts the repositories read of the copies.
 */
public final class Tallies {

    /** UM appointments to one ELTPA class: participants and other LPEL employees. */
    public record Appointments(String classCode, long participants, long otherLpel) {
        public long total() {
            return participants + otherLpel;
        }
    }

    /** How many UM appointments of a calendar year went to a class, of participants or of other LPEL employees. */
    public record AppointmentCount(int year, String classCode, boolean participant, long count) {
    }

    /** The UM and career related category of 2 CCR 599.819(c): the only training money that is UM spend. */
    public static final String UM_CATEGORY = "UPWARD_MOBILITY_AND_CAREER_RELATED";

    /** The training categories of 2 CCR 599.819, each listed in the spend. */
    private static final List<String> SPEND_CATEGORIES = List.of("JOB_REQUIRED", "JOB_RELATED", UM_CATEGORY);

    private static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "PROMOTED", "SEPARATED");

    private Tallies() {
    }

    /** LPEL employees eligible for UM at some time in the year. */
    public static long eligible(Figures f, FiscalYear year) {
        return f.value(FigureRuns.ELIGIBLE, "", year);
    }

    /** The participants of the year by their status at its end (every status listed). */
    public static Map<String, Long> participantsByStatus(Figures f, FiscalYear year) {
        return byStatus(f.lines(FigureRuns.PARTICIPANTS, year));
    }

    public static Map<String, Long> byStatus(Map<String, Long> lines) {
        Map<String, Long> counts = new TreeMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        counts.putAll(lines);
        return counts;
    }

    /** The year's UM appointments per ELTPA class, by class code. */
    public static Map<String, Appointments> appointments(Figures f, FiscalYear year) {
        return appointments(f.lines(FigureRuns.UM_APPOINTMENTS, year));
    }

    /** UM appointment lines ({@link FigureRuns#appointmentKey}) as counts per class, by class code. */
    public static Map<String, Appointments> appointments(Map<String, Long> lines) {
        Map<String, long[]> counts = new TreeMap<>();
        lines.forEach((line, n) -> {
            String classCode = line.substring(0, line.indexOf(':'));
            counts.computeIfAbsent(classCode, k -> new long[2])
                    [line.equals(FigureRuns.appointmentKey(classCode, true)) ? 0 : 1] += n;
        });
        return byClass(counts);
    }

    /**
     * UM appointments per calendar year (the statute's progress measure), {@code first} to
     * {@code last}: every year listed, each by class code.
     */
    public static Map<Integer, Map<String, Appointments>> byCalendarYear(int first, int last,
                                                                         Collection<AppointmentCount> counts) {
        Map<Integer, Map<String, long[]>> byYear = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            byYear.put(y, new TreeMap<>());
        }
        counts.forEach(c -> byYear.get(c.year()).computeIfAbsent(c.classCode(), k -> new long[2])
                [c.participant() ? 0 : 1] += c.count());
        Map<Integer, Map<String, Appointments>> result = new TreeMap<>();
        byYear.forEach((year, byClass) -> result.put(year, byClass(byClass)));
        return result;
    }

    /** Spend by training category from the sums spent (every category listed, zero when none), to the cent. */
    public static Map<String, BigDecimal> spend(Map<String, BigDecimal> sumsByCategory) {
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        SPEND_CATEGORIES.forEach(c -> byCategory.put(c, BigDecimal.ZERO.setScale(2)));
        sumsByCategory.forEach((c, sum) -> byCategory.put(c, sum.setScale(2)));
        return byCategory;
    }

    private static Map<String, Appointments> byClass(Map<String, long[]> counts) {
        Map<String, Appointments> result = new LinkedHashMap<>();
        counts.forEach((code, c) -> result.put(code, new Appointments(code, c[0], c[1])));
        return result;
    }
}
